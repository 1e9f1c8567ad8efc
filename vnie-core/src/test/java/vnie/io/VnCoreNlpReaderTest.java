package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.core.Word;

class VnCoreNlpReaderTest {
  private static final String ORIGINAL = "Trung úy Albert Kotzebue đến  Torgau.\nSau đó ông về.\n";
  private static final String SEGMENTED =
      "Trung_úy Albert_Kotzebue đến Torgau .\nSau_đó ông về .\n";
  private static final String COLUMNS =
      String.join(
          "\n",
          "1\tTrung_úy\tN\tO\t3\tnmod",
          "2\tAlbert_Kotzebue\tNp\tB-PER\t3\tsub",
          "3\tđến\tV\tO\t0\troot",
          "4\tTorgau\tNp\tB-LOC\t3\tdob",
          "5\t.\tCH\tO\t3\tpunct",
          "",
          "1\tSau_đó\tN\tO\t3\tadv",
          "2\tông\tPro\tO\t3\tsub",
          "3\tvề\tV\tO\t0\troot",
          "4\t.\tCH\tO\t3\tpunct",
          "");

  private final VnCoreNlpReader reader = new VnCoreNlpReader();

  private static List<String> words(Document d, int sentence) {
    return d.sentences().get(sentence).words().stream()
        .map(w -> w.form() + (w.tag().isEmpty() ? "" : "/" + w.tag()))
        .toList();
  }

  @Test
  void segmentedTextIsAlignedToTheOriginal() {
    Document d = reader.read("a", SEGMENTED, ORIGINAL);
    assertEquals(ORIGINAL, d.text());
    assertEquals(List.of("Trung_úy", "Albert_Kotzebue", "đến", "Torgau", "."), words(d, 0));
    for (Word w : d.sentences().get(0).words()) {
      assertEquals(w.form().replace('_', ' '), ORIGINAL.substring(w.start(), w.end()));
    }
    assertEquals(ORIGINAL.indexOf("Torgau"), d.sentences().get(0).words().get(3).start());
    assertTrue(d.has(Layer.WORDS));
    assertFalse(d.has(Layer.POS), "segmented text has no tags; vnie's tagger adds them");
  }

  @Test
  void columnsKeepTheirTagsAndOffsetsPointIntoNfdText() {
    String nfd = Normalizer.normalize(ORIGINAL, Normalizer.Form.NFD);
    Document d = reader.read("b", COLUMNS, nfd);
    assertEquals(List.of("Sau_đó/N", "ông/Pro", "về/V", "./CH"), words(d, 1));
    assertTrue(d.has(Layer.POS));
    Word first = d.sentences().get(1).words().get(0);
    assertEquals(
        Normalizer.normalize("Sau đó", Normalizer.Form.NFD),
        nfd.substring(first.start(), first.end()));
  }

  @Test
  void withoutTheOriginalTheTextIsRebuiltFromTheWords() {
    Document d = reader.read("c", COLUMNS, null);
    assertEquals("Trung úy Albert Kotzebue đến Torgau .\nSau đó ông về .\n", d.text());
    Word name = d.sentences().get(0).words().get(1);
    assertEquals(9, name.start());
    assertEquals(24, name.end());
    assertEquals(2, name.tokenCount());
  }

  @Test
  void aWordMissingFromTheOriginalIsReportedWithItsOffset() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> reader.read("d", "Trung_úy Kotzebue", "Trung úy Albert Kotzebue"));
    assertEquals(
        "word 'Kotzebue' is not in the original text at offset 9 ('Albert Kotzebue')",
        e.getMessage());
  }
}
