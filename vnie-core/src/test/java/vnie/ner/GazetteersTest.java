package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.text.Tokenizer;

class GazetteersTest {
  @TempDir Path dir;

  private static String[][] labels(Gazetteers g, String text) {
    return g.labels(new Tokenizer().tokenize(text));
  }

  @Test
  void theLongestMatchOfEachListIsMarkedRegardlessOfCase() {
    Gazetteers g =
        Gazetteers.of(
            Map.of(
                "countries", List.of("Hàn Quốc", "Ai Cập"),
                "family-names", List.of("Nguyễn")));

    String[][] found = labels(g, "nguyễn đến HÀN QUỐC và Ai Cập.");

    assertArrayEquals(new String[] {"family-names:B"}, found[0]);
    assertArrayEquals(new String[0], found[1]);
    assertArrayEquals(new String[] {"countries:B"}, found[2]);
    assertArrayEquals(new String[] {"countries:I"}, found[3]);
    assertArrayEquals(new String[] {"countries:B"}, found[5]);
    assertArrayEquals(new String[] {"countries:I"}, found[6]);
    assertArrayEquals(new String[0], found[7]);
  }

  @Test
  void theShippedListsAreLoadedFromTheManifest() {
    Gazetteers g = Gazetteers.load();

    assertEquals("vn-provinces", g.names().get(0));
    String[][] found = labels(g, "tỉnh Tuyên Quang");
    assertEquals(List.of("vn-provinces:B"), List.of(found[1]).subList(0, 1));
  }

  @Test
  void aUserFolderReplacesAListOfTheSameNameAndAddsNewOnes() throws IOException {
    Files.writeString(dir.resolve("countries.txt"), "# only this one\nXứ Sở Mộng\n");
    Files.writeString(dir.resolve("ships.txt"), "Yamato\n");

    Gazetteers g = Gazetteers.load(dir);

    assertEquals("ships", g.names().get(g.names().size() - 1));
    // The shipped countries list is replaced (Pháp stays in the rules' list and as a given name).
    assertEquals(List.of("given-names:B", "rule-countries:B"), List.of(labels(g, "Pháp")[0]));
    assertArrayEquals(new String[] {"countries:B"}, labels(g, "Xứ Sở Mộng")[0]);
    assertArrayEquals(new String[] {"ships:B"}, labels(g, "Yamato")[0]);
  }

  @Test
  void aMissingUserFolderIsNamed() {
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> Gazetteers.load(dir.resolve("nope")));
    assertEquals(
        "the gazetteer folder " + dir.resolve("nope") + " does not exist or is not a folder",
        e.getMessage());
  }
}
