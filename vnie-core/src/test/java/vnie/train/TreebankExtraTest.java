package vnie.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreebankExtraTest {
  @TempDir Path folder;

  @Test
  void extraFilesLeaveOutTestSentencesAndMapTags() throws IOException {
    for (String split : List.of("train", "dev", "test")) {
      Files.copy(
          TinyTreebank.folder().resolve("tiny-ud-" + split + ".conllu"),
          folder.resolve("tiny-ud-" + split + ".conllu"));
    }
    Files.createDirectories(folder.resolve("extra"));
    Files.writeString(
        folder.resolve("extra/more.conllu"),
        String.join(
            "\n",
            "# sent_id = x-1",
            "1\tquân đội\tquân đội\tNOUN\tN\t_\t0\troot\t_\t_",
            "2\tMỹ\tmỹ\tPROPN\tNNP\t_\t1\tdep\t_\t_",
            "3\tgặp\tgặp\tVERB\tV\t_\t1\tdep\t_\t_",
            "4\tbinh sĩ\tbinh sĩ\tNOUN\tN\t_\t1\tdep\t_\t_",
            "5\tLiên Xô\tliên xô\tPROPN\tNNP\t_\t1\tdep\t_\t_",
            "6\t.\t.\tPUNCT\tPUNCT\t_\t1\tdep\t_\t_",
            "",
            "# sent_id = x-2",
            "1\tđây\tđây\tPRON\tPRO\t_\t3\tnsubj\t_\t_",
            "2\tlà\tlà\tAUX\taux\t_\t3\tcop\t_\t_",
            "3\tbản sao\tbản sao\tNOUN\tN\t_\t0\troot\t_\t_",
            "4\t.\t.\tPUNCT\tPUNCT\t_\t3\tpunct\t_\t_",
            ""),
        StandardCharsets.UTF_8);
    Treebank.Extra extra =
        new Treebank(folder).readExtra(List.of("extra/more.conllu"), List.of("test"));
    // x-1 is test-s1 in lower case: left out.
    assertEquals(1, extra.leftOut());
    assertEquals(1, extra.sentences().size());
    TreebankSentence kept = extra.sentences().get(0);
    assertEquals("đây là bản sao .", kept.text());
    assertEquals(
        List.of("Pro", "AUX", "N", "."), kept.words().stream().map(TreebankWord::xpos).toList());
  }
}
