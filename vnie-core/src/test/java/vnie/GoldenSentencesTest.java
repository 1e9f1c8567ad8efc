package vnie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Relation;

/**
 * The golden sentences: every {@code .tsv} file under {@code src/test/resources/vnie/golden/} holds
 * sentences with what the rules (without the trained models, which change when retrained) must find
 * in each, exactly and in text order. The format is in that folder's README; a linguist adds a
 * sentence by adding lines, without Java. A failure prints what the rules found, in the same
 * format.
 */
class GoldenSentencesTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();

  /** A sentence of a golden file and the lines expected of it. */
  record Golden(String where, String text, List<String> expected) {
    @Override
    public String toString() {
      return where + " " + text;
    }
  }

  static Stream<Golden> sentences() throws IOException, URISyntaxException {
    Path folder = Path.of(GoldenSentencesTest.class.getResource("/vnie/golden").toURI());
    List<Golden> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        all.addAll(read(file));
      }
    }
    return all.stream();
  }

  private static List<Golden> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Golden> out = new ArrayList<>();
    String where = null;
    String text = null;
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("text\t")) {
        if (text != null) {
          out.add(new Golden(where, text, List.copyOf(expected)));
        }
        where = file.getFileName() + ":" + n;
        text = line.substring("text\t".length());
        expected.clear();
      } else if (text == null) {
        throw new IllegalStateException(file + ":" + n + ": a line before the first text line");
      } else {
        expected.add(line);
      }
    }
    if (text != null) {
      out.add(new Golden(where, text, List.copyOf(expected)));
    }
    return out;
  }

  /** What the rules find in {@code text}, one line each, as the golden files write it. */
  static List<String> found(String text) {
    Document d = RULES.process(text);
    List<String> out = new ArrayList<>();
    for (Mention m : d.mentions()) {
      String value = m.value().isEmpty() ? "" : "\t" + m.value();
      out.add("entity\t" + m.type() + "\t" + m.text() + value);
    }
    for (Relation r : d.relations()) {
      out.add("relation\t" + r.type() + "\t" + r.arg1().text() + "\t" + r.arg2().text());
    }
    for (Event e : d.events()) {
      StringBuilder line = new StringBuilder("event\t" + e.type() + "\t" + e.triggerText());
      for (Argument a : e.arguments()) {
        line.append('\t').append(a.role()).append('=').append(a.filler().text());
      }
      out.add(line.toString());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void theRulesFindWhatTheGoldenFileSays(Golden golden) {
    List<String> found = found(golden.text());
    assertEquals(
        String.join("\n", golden.expected()),
        String.join("\n", found),
        golden.where()
            + ": the rules found (copy into the file when it is right):\n"
            + String.join("\n", found));
  }
}
