package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;

class ConlluWriterTest {
  private static final Vnie VNIE = Vnie.create();

  @Test
  void wordsAsUdVietnameseWritesThemWithTagsEntitiesAndOffsets() {
    String text =
        "Những người Mỹ đầu tiên gặp những người lính Liên Xô trên sông Elbe là một đơn vị tuần"
            + " tra do Trung úy Albert Kotzebue dẫn đầu gần thị trấn Strehla.";
    assertEquals(
        String.join(
            "\n",
            "# newdoc id = elbe-day",
            "# sent_id = elbe-day-1",
            "# text = " + text,
            "1\tNhững\t_\tDET\tDet\t_\t_\t_\t_\tNER=O|TokenRange=0:5",
            "2\tngười\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=6:11",
            "3\tMỹ\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-LOCATION|TokenRange=12:14",
            "4\tđầu tiên\t_\tADJ\tAdj\t_\t_\t_\t_\tNER=O|TokenRange=15:23",
            "5\tgặp\t_\tVERB\tV\t_\t_\t_\t_\tNER=O|TokenRange=24:27",
            "6\tnhững\t_\tDET\tDet\t_\t_\t_\t_\tNER=O|TokenRange=28:33",
            "7\tngười\t_\tNOUN\tNc\t_\t_\t_\t_\tNER=O|TokenRange=34:39",
            "8\tlính\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=40:44",
            "9\tLiên Xô\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-LOCATION|TokenRange=45:52",
            "10\ttrên\t_\tADP\tPre\t_\t_\t_\t_\tNER=O|TokenRange=53:57",
            "11\tsông\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=58:62",
            "12\tElbe\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-LOCATION|TokenRange=63:67",
            "13\tlà\t_\tAUX\tV\t_\t_\t_\t_\tNER=O|TokenRange=68:70",
            "14\tmột\t_\tNUM\tNum\t_\t_\t_\t_\tNER=O|TokenRange=71:74",
            "15\tđơn vị\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=75:81",
            "16\ttuần tra\t_\tVERB\tV\t_\t_\t_\t_\tNER=O|TokenRange=82:90",
            "17\tdo\t_\tADP\tPre\t_\t_\t_\t_\tNER=O|TokenRange=91:93",
            "18\tTrung úy\t_\tNOUN\tN\t_\t_\t_\t_\tNER=B-RANK|TokenRange=94:102",
            "19\tAlbert Kotzebue\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-PERSON|TokenRange=103:118",
            "20\tdẫn đầu\t_\tVERB\tV\t_\t_\t_\t_\tNER=O|TokenRange=119:126",
            "21\tgần\t_\tADJ\tAdj\t_\t_\t_\t_\tNER=O|TokenRange=127:130",
            "22\tthị trấn\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=131:139",
            "23\tStrehla\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-LOCATION|SpaceAfter=No|TokenRange=140:147",
            "24\t.\t_\tPUNCT\t.\t_\t_\t_\t_\tNER=O|TokenRange=147:148",
            "",
            ""),
        ConlluWriter.format(VNIE.process("elbe-day", text)));
  }

  @Test
  void theSeedArticleIsValidConllu() throws IOException {
    String text = new TextFileReader().readText(Path.of("corpus", "elbe-day.txt"));
    Document doc = VNIE.process("elbe-day", text);
    List<String> ner = checkValid(ConlluWriter.format(doc), text);
    List<String> conllNer =
        ConllWriter.format(doc)
            .lines()
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\t")[3])
            .toList();
    assertEquals(conllNer, ner, "the same entity tags as the conll format");
    assertTrue(ner.stream().filter(tag -> tag.startsWith("B-")).count() > 50);
  }

  @Test
  void offsetsPointIntoTheTextAsReadAlsoForDecomposedTextAndCrlf() {
    String text =
        Normalizer.normalize(
            "Đại tướng Võ Nguyên Giáp sinh năm 1911.\r\nÔng mất năm 2013.", Normalizer.Form.NFD);
    String conllu = ConlluWriter.format(VNIE.process("nfd", text));
    checkValid(conllu, text);
    assertTrue(conllu.contains("# sent_id = nfd-2\n"), conllu);
  }

  @Test
  void aDocumentWithoutWordsWritesNothing() {
    assertEquals("", ConlluWriter.format(VNIE.process("empty", " \n")));
  }

  /**
   * Checks {@code conllu} as a reader of CoNLL-U would: comments, then ten tab-separated columns
   * with IDs 1..n, a blank line after each sentence; each {@code TokenRange} selects the FORM from
   * {@code text}, and the FORMs joined as {@code SpaceAfter} says give {@code # text}. Returns the
   * NER tags of all words.
   */
  private static List<String> checkValid(String conllu, String text) {
    assertTrue(conllu.endsWith("\n\n"), "ends with a blank line");
    List<String> ner = new ArrayList<>();
    int sentences = 0;
    for (String block : conllu.substring(0, conllu.length() - 2).split("\n\n", -1)) {
      sentences++;
      String sentenceText = null;
      StringBuilder rebuilt = new StringBuilder();
      int id = 0;
      for (String line : block.split("\n", -1)) {
        if (line.startsWith("#")) {
          assertEquals(id, 0, "comments before the words: " + line);
          if (line.startsWith("# text = ")) {
            sentenceText = line.substring("# text = ".length());
          }
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertEquals(10, columns.length, line);
        assertEquals(String.valueOf(++id), columns[0], line);
        String form = columns[1];
        assertTrue(!form.isEmpty() && !form.startsWith(" ") && !form.endsWith(" "), line);
        for (int c = 2; c < 10; c++) {
          assertTrue(!columns[c].isEmpty() && !columns[c].contains(" "), line);
        }
        boolean spaceAfter = true;
        for (String attribute : columns[9].split("\\|")) {
          String[] keyValue = attribute.split("=", 2);
          switch (keyValue[0]) {
            case "NER" -> ner.add(keyValue[1]);
            case "SpaceAfter" -> spaceAfter = !keyValue[1].equals("No");
            case "TokenRange" -> {
              String[] range = keyValue[1].split(":");
              String selected =
                  text.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
              assertEquals(form, selected, line);
            }
            default -> throw new AssertionError("unknown MISC attribute in " + line);
          }
        }
        rebuilt.append(form).append(spaceAfter ? " " : "");
      }
      assertTrue(id > 0, "a sentence has words: " + block);
      assertEquals(sentenceText, rebuilt.toString().strip(), block);
    }
    assertTrue(sentences > 1, "more than one sentence");
    return ner;
  }
}
