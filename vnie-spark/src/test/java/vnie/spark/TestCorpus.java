package vnie.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The input of the tests: the bundled article, documents made from its sentences (NFD, CRLF, a BOM,
 * a nested folder), and files {@code vnie extract} refuses.
 */
final class TestCorpus {
  static final Path ARTICLE = Path.of("..", "corpus", "elbe-day.txt");

  /** The documents of {@link #write}, and the files refused. */
  static final int DOCUMENTS = 5;

  static final int FAILURES = 4;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private TestCorpus() {}

  /** Fills {@code dir} with the test input. */
  static void write(Path dir) throws IOException {
    String article = Files.readString(ARTICLE);
    List<String> sentences = sentences(article);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("elbe-day.txt"), article);
    String nfd =
        Normalizer.normalize(String.join(" ", sentences.subList(0, 8)), Normalizer.Form.NFD);
    Files.writeString(dir.resolve("nfd.txt"), nfd);
    Files.writeString(dir.resolve("crlf.txt"), String.join("\r\n", sentences.subList(8, 16)));
    Files.writeString(
        dir.resolve("bom.txt"), "\uFEFF" + String.join("\n", sentences.subList(16, 24)));
    Files.writeString(dir.resolve("sub/shuffled.txt"), String.join(" ", shuffled(sentences, 7)));
    // The same document name as elbe-day.txt: vnie extract keeps the first file in path order.
    Files.writeString(dir.resolve("sub/elbe-day.txt"), sentences.get(0));
    Files.writeString(dir.resolve("notes.md"), "not a .txt file: not read");
    Files.write(dir.resolve("latin1.txt"), "Việt Nam à".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
  }

  /** The sentences of {@code text}, cut after a full stop, question or exclamation mark. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(text, -1)) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
    return sentences;
  }

  private static List<String> shuffled(List<String> sentences, long seed) {
    List<String> copy = new ArrayList<>(sentences);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }
}
