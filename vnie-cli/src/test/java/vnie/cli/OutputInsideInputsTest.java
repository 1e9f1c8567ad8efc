package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20, fault 13: {@code --out} equal to an input folder with {@code --format brat} rewrote
 * the inputs. An output folder that is, or is inside, an input folder is refused before anything is
 * written, and so is an input inside the output folder when brat or CoNLL files go there.
 */
class OutputInsideInputsTest {
  @TempDir Path dir;

  private static final String TEXT = "\uFEFFTrung úy Albert Kotzebue gặp quân Liên Xô.\n";

  private static final String SEE_HELP = "See 'vnie extract --help'.\n";

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), TEXT);
    return in;
  }

  private static String outsideMessage(Path out, String relation, Path in) {
    return "vnie: --out "
        + out
        + " is "
        + relation
        + " "
        + in
        + ": the results would mix with the texts (brat would replace them, and the next run"
        + " would read them as inputs); give an --out outside "
        + in
        + "\n"
        + SEE_HELP;
  }

  @Test
  void theInputFolderAsOutIsRefusedAndTheTextsStayAsTheyWere() throws IOException {
    Path in = corpus();

    CommandRun run =
        CommandRun.of("extract", in.toString(), "--out", in.toString(), "--format", "brat");

    assertEquals(2, run.exit());
    assertEquals(outsideMessage(in, "the input folder", in), run.err());
    assertEquals(TEXT, Files.readString(in.resolve("a.txt")), "the BOM is still there");
    try (var left = Files.list(in)) {
      assertEquals(List.of(in.resolve("a.txt")), left.toList());
    }
  }

  @Test
  void anOutInsideAnInputFolderOrAGlobsBaseIsRefusedWhateverTheFormat() throws IOException {
    Path in = corpus();
    Path out = in.resolve("results");

    CommandRun folder = CommandRun.of("extract", in.toString(), "--out", out.toString());
    CommandRun glob = CommandRun.of("extract", in + "/**.txt", "--out", out.toString());

    assertEquals(2, folder.exit());
    assertEquals(outsideMessage(out, "inside the input folder", in), folder.err());
    assertEquals(2, glob.exit());
    assertEquals(outsideMessage(out, "inside the input folder", in), glob.err());
    assertFalse(Files.exists(out), "nothing was created");
  }

  @Test
  void aLinkToTheInputFolderDoesNotHideIt() throws IOException {
    Path in = corpus();
    Path link = Files.createSymbolicLink(dir.resolve("link"), in);

    CommandRun run = CommandRun.of("extract", link.toString(), "--out", in + "/../in/out");

    assertEquals(2, run.exit());
    assertEquals(
        outsideMessage(Path.of(in + "/../in/out"), "inside the input folder", link), run.err());
  }

  @Test
  void anInputInsideOutIsRefusedForBratButTablesAloneMayGoThere() throws IOException {
    Path out = corpus();
    Path file = out.resolve("a.txt");

    CommandRun brat =
        CommandRun.of("extract", file.toString(), "--out", out.toString(), "--format", "brat");
    int tables = Main.run("extract", file.toString(), "--out", out.toString());

    assertEquals(2, brat.exit());
    assertEquals(
        "vnie: input "
            + file
            + " is inside --out "
            + out
            + ", where brat and CoNLL files are written by document name and could replace it;"
            + " give an --out outside the inputs\n"
            + SEE_HELP,
        brat.err());
    assertEquals(0, tables);
    assertEquals(TEXT, Files.readString(file));
  }
}
