package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.Vnie;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.io.BratReader;
import vnie.io.BratValidator;
import vnie.io.ExtractionCsv;

/**
 * What {@code extract} writes for the seed article reads back, through the CSV tables and through
 * brat, to what the pipeline found.
 */
class ResultRoundTripTest {
  @TempDir Path dir;

  private static final Path SEED = Path.of("corpus/elbe-day.txt");

  @Test
  void csvAndBratOutputsReadBackToThePipelinesResult() throws Exception {
    String text = Files.readString(SEED);
    Document expected = Vnie.create().process("elbe-day", text);
    Path out = dir.resolve("out");

    assertEquals(
        0,
        CommandRun.of("extract", SEED.toString(), "--out", out.toString(), "--format", "csv,brat")
            .exit());

    ExtractionCsv tables = ExtractionCsv.read(out);
    assertEquals(Map.of("elbe-day", expected.mentions()), tables.mentions());
    assertEquals(Map.of("elbe-day", expected.relations()), tables.relations());
    assertEquals(Map.of("elbe-day", expected.events()), tables.events());
    assertEquals(Map.of("elbe-day", expected.persons()), tables.persons());

    Path txt = out.resolve("elbe-day.txt");
    Path ann = out.resolve("elbe-day.ann");
    Document brat = new BratReader(new Provenance("read")).read(txt, ann);
    assertEquals(keys(expected.mentions()), keys(brat.mentions()));
    assertEquals(
        expected.relations().stream().map(ResultRoundTripTest::key).toList(),
        brat.relations().stream().map(ResultRoundTripTest::key).toList());
    assertEquals(
        expected.events().stream().map(ResultRoundTripTest::key).toList(),
        brat.events().stream().map(ResultRoundTripTest::key).toList());
    assertEquals(List.of(), BratValidator.check(txt, ann));
  }

  private static List<String> keys(List<Mention> mentions) {
    return mentions.stream().map(ResultRoundTripTest::key).toList();
  }

  /** A mention without its provenance, which brat does not keep. */
  private static String key(Mention m) {
    return m.type() + " " + m.start() + "-" + m.end() + " " + m.text() + " " + m.value();
  }

  private static String key(Relation r) {
    return r.type() + "(" + key(r.arg1()) + ", " + key(r.arg2()) + ")";
  }

  private static String key(Event e) {
    StringBuilder b = new StringBuilder(e.type() + " " + e.start() + "-" + e.end());
    for (Argument a : e.arguments()) {
      b.append(' ').append(a.role()).append('=').append(key(a.filler()));
    }
    return b.toString();
  }
}
