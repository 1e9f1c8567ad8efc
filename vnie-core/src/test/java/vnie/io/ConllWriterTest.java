package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;

class ConllWriterTest {
  @Test
  void wordsTagsAndEntitiesAsBioColumns() {
    String text = "Ngày 25/4/1945, Trung úy Albert Kotzebue đến sông Elbe.";
    String columns =
        String.join(
            "\n",
            "1\tNgày\tN\tO\t_\t_",
            "2\t25/4/1945\tM\tO\t_\t_",
            "3\t,\tCH\tO\t_\t_",
            "4\tTrung_úy\tN\tO\t_\t_",
            "5\tAlbert_Kotzebue\tNp\tB-PER\t_\t_",
            "6\tđến\tV\tO\t_\t_",
            "7\tsông\tN\tO\t_\t_",
            "8\tElbe\tNp\tB-LOC\t_\t_",
            "9\t.\tCH\tO\t_\t_",
            "");
    Document read = new VnCoreNlpReader().read("x", columns, text);
    String conll = ConllWriter.format(Vnie.create().complete(read));
    assertEquals(
        String.join(
            "\n",
            "1\tNgày\tN\tB-DATE\t_\t_",
            "2\t25/4/1945\tM\tI-DATE\t_\t_",
            "3\t,\tCH\tO\t_\t_",
            "4\tTrung_úy\tN\tB-RANK\t_\t_",
            "5\tAlbert_Kotzebue\tNp\tB-PERSON\t_\t_",
            "6\tđến\tV\tO\t_\t_",
            "7\tsông\tN\tO\t_\t_",
            "8\tElbe\tNp\tB-LOCATION\t_\t_",
            "9\t.\tCH\tO\t_\t_",
            "",
            ""),
        conll);
  }

  @Test
  void aWordHoldingTwoMentionsShowsTheFirst() {
    Document read = new VnCoreNlpReader().read("y", "Tướng_Alexey_Zhadov đến .", null);
    Document done = Vnie.create().complete(read);
    assertEquals(2, done.mentions().size(), done.mentions().toString());
    assertEquals(
        "1\tTướng_Alexey_Zhadov\t"
            + done.sentences().get(0).words().get(0).tag()
            + "\tB-RANK\t_\t_",
        ConllWriter.format(done).lines().findFirst().orElseThrow());
  }
}
