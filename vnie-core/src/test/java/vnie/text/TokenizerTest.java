package vnie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Token;
import vnie.core.TokenKind;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> forms(String text) {
    return tokenizer.tokenize(text).stream().map(Token::form).toList();
  }

  @Test
  void keepsDatesNumbersAndTimesWhole() {
    assertEquals(
        List.of("ngày", "25/4/1945", ",", "25-4-1945", "lúc", "10h35", ",", "1.000", "lính"),
        forms("ngày 25/4/1945, 25-4-1945 lúc 10h35, 1.000 lính"));
  }

  @Test
  void splitsYearRangesAtTheDash() {
    assertEquals(List.of("(", "1945", "-", "1954", ")"), forms("(1945-1954)"));
    assertEquals(List.of("1945", "–", "1954"), forms("1945 – 1954"));
  }

  @Test
  void keepsInitialsAndListedAbbreviations() {
    List<Token> tokens = tokenizer.tokenize("James J. McDonnell ở TP. Huế.");
    assertEquals(
        List.of("James", "J.", "McDonnell", "ở", "TP.", "Huế", "."),
        tokens.stream().map(Token::form).toList());
    assertEquals(TokenKind.ABBREVIATION, tokens.get(1).kind());
    assertEquals(TokenKind.PUNCTUATION, tokens.get(6).kind());
  }

  @Test
  void splitsHyphenatedCountriesAndQuotes() {
    assertEquals(
        List.of("Liên", "Xô", "-", "Mỹ", "-", "Anh", "“", "Đông", "gặp", "Tây", "”"),
        forms("Liên Xô-Mỹ-Anh “Đông gặp Tây”"));
  }

  @Test
  void offsetsPointIntoTheTextAsReadWhenItIsNfd() {
    String nfc = "Quân đội Việt Nam";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    List<Token> tokens = tokenizer.tokenize(nfd);
    assertEquals(4, tokens.size());
    Token viet = tokens.get(2);
    assertEquals("Việt", viet.form(), "the form is NFC");
    assertEquals(
        viet.form(),
        Normalizer.normalize(nfd.substring(viet.start(), viet.end()), Normalizer.Form.NFC));
    assertEquals(nfd.length(), tokens.get(3).end());
    for (Token t : tokens) {
      assertEquals(
          t.form(), Normalizer.normalize(nfd.substring(t.start(), t.end()), Normalizer.Form.NFC));
    }
  }

  @Test
  void offsetsCountCarriageReturns() {
    String text = "Sư đoàn 308.\r\nĐại tướng Võ Nguyên Giáp";
    List<Token> tokens = tokenizer.tokenize(text);
    Token dai = tokens.get(4);
    assertEquals("Đại", dai.form());
    assertEquals(14, dai.start());
    assertEquals("Giáp", text.substring(tokens.get(8).start(), tokens.get(8).end()));
  }
}
