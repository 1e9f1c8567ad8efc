package vnie.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
  private static final String SAMPLE =
      String.join(
          "\n",
          "# sent_id = s-1",
          "# text = Quân đội Liên Xô đến .",
          "1-2\tQuân độiLiên Xô\t_\t_\t_\t_\t_\t_\t_\t_",
          "1\tQuân đội\tquân đội\tNOUN\tN\t_\t3\tnsubj\t_\t_",
          "2\tLiên Xô\tLiên Xô\tPROPN\tNNP\t_\t1\tnmod\t_\t_",
          "3\tđến\tđến\tVERB\tV\t_\t0\troot\t_\t_",
          "3.1\tđi\tđi\tVERB\tV\t_\t_\t_\t3:conj\t_",
          "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
          "",
          "1\tTôi\ttôi\tPRON\tPro\t_\t0\troot\t_\t_",
          "");

  @Test
  void readsWordsWithSpacesAndSkipsRangesAndEmptyNodes() throws IOException {
    List<TreebankSentence> sentences = ConlluReader.read(new StringReader(SAMPLE), "sample");
    assertEquals(2, sentences.size());
    TreebankSentence first = sentences.get(0);
    assertEquals("s-1", first.id());
    assertEquals(List.of("Quân đội", "Liên Xô", "đến", "."), first.forms());
    assertEquals(
        List.of("N", "NNP", "V", "."), first.words().stream().map(TreebankWord::xpos).toList());
    assertEquals("Quân đội Liên Xô đến .", first.text());
    assertArrayEquals(new int[] {0, 9, 17, 21, 22}, first.wordStarts());
    assertEquals("s2", sentences.get(1).id());
  }

  @Test
  void refusesLinesWithoutTenColumns() {
    IOException e =
        assertThrows(
            IOException.class, () -> ConlluReader.read(new StringReader("1\tTôi\ttôi\n"), "bad"));
    assertEquals("bad:1: expected 10 columns, found 3", e.getMessage());
  }

  @Test
  void devTagsAreMappedToTheSchemeOfTrainAndTest() {
    assertEquals("Adv", XposScheme.normalize(new TreebankWord("đã", "ADV", "ADV")));
    assertEquals("SC", XposScheme.normalize(new TreebankWord("nếu", "SCONJ", "C")));
    assertEquals("``", XposScheme.normalize(new TreebankWord("\"", "PUNCT", "PUNCT")));
    assertEquals(",", XposScheme.normalize(new TreebankWord(",", "PUNCT", "PUNCT")));
    assertEquals("Nc", XposScheme.normalize(new TreebankWord("con", "NOUN", "Nc")));
  }
}
