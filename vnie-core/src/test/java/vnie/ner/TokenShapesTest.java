package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shape against the regular expression it stands for, on forms of every kind. */
class TokenShapesTest {
  private static final List<String> FORMS =
      List.of(
          "", "1", "12", "123", "1945", "1940", "19450", "12a", "١٢", "IV", "XIV", "IVXLV", "iv",
          "VI.", "SS", "USA", "ABCDEFG", "Đ", "ĐÔNG", "Ab", "U.S.", "U.S", "U.", "Đ.Ô.", "1945-04",
          "1945-SP", "𝐀𝐁");

  @Test
  void eachShapeMatchesWhatItsExpressionMatches() {
    for (String f : FORMS) {
      assertEquals(f.matches("\\d{1,2}"), TokenShapes.isDigits(f, 1, 2), f);
      assertEquals(f.matches("\\d{4}"), TokenShapes.isDigits(f, 4, 4), f);
      assertEquals(f.matches("\\d{1,4}"), TokenShapes.isDigits(f, 1, 4), f);
      assertEquals(f.matches("\\d{4}.*"), TokenShapes.startsWithFourDigits(f), f);
      assertEquals(f.matches("[IVXL]+"), TokenShapes.isMadeOf(f, "IVXL", 1, Integer.MAX_VALUE), f);
      assertEquals(f.matches("[IVX]{1,5}"), TokenShapes.isMadeOf(f, "IVX", 1, 5), f);
      assertEquals(f.matches("\\p{Lu}{2,}"), TokenShapes.isCapitals(f, 2, Integer.MAX_VALUE), f);
      assertEquals(f.matches("\\p{Lu}{2,6}"), TokenShapes.isCapitals(f, 2, 6), f);
      assertEquals(f.matches("(\\p{Lu}\\.){2,}"), TokenShapes.isInitials(f), f);
    }
  }

  @Test
  void paddedIsFormatWithLeadingZeros() {
    for (int n : new int[] {0, 7, 19, 945, 1945, 12345, -5}) {
      assertEquals(String.format("%04d", n), TokenShapes.padded(n, 4));
      assertEquals(String.format("%02d", n), TokenShapes.padded(n, 2));
    }
  }
}
