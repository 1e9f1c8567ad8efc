package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal says what is wrong and what to do, in one sentence on standard error, with the
 * documented exit code: 2 for bad usage, 1 when the work could not be done.
 */
class ErrorMessagesTest {
  @TempDir Path dir;

  private static final String TEXT = "Trung úy Albert Kotzebue gặp quân Liên Xô.\n";

  private Path input() throws IOException {
    Path file = dir.resolve("doc.txt");
    Files.writeString(file, TEXT);
    return file;
  }

  private static String seeHelp(String command) {
    return "See 'vnie " + command + " --help'.\n";
  }

  /** Asserts a refusal as bad usage: exit code 2, the message, then where the help is. */
  private static void assertBadUsage(CommandRun run, String message, String command) {
    assertEquals(2, run.exit());
    assertEquals(message + seeHelp(command), run.err());
  }

  @Test
  void zeroThreadsIsBadUsage() throws IOException {
    CommandRun run = CommandRun.of("extract", input().toString(), "--threads", "0");
    assertBadUsage(run, "vnie: --threads must be at least 1, not 0\n", "extract");
  }

  @Test
  void aBadFormatNamesTheChoicesWithoutTheWholeHelp() throws IOException {
    CommandRun run = CommandRun.of("extract", input().toString(), "--format", "xml");
    assertBadUsage(
        run,
        "vnie: Invalid value for option '--format' (FORMAT): expected one of"
            + " [csv, brat, conll, conllu, jsonl] (case-sensitive) but was 'xml'\n",
        "extract");
  }

  @Test
  void anOutThatIsAFileIsBadUsage() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "x");
    CommandRun run = CommandRun.of("extract", input().toString(), "--out", file.toString());
    assertBadUsage(
        run,
        "vnie: --out "
            + file
            + " is a file, not a folder; give a folder for the tables (it is created when"
            + " missing)\n",
        "extract");
  }

  @Test
  void anOutThatCannotBeCreatedSaysSo() throws IOException {
    Path under = Files.writeString(dir.resolve("afile"), "x").resolve("out");
    CommandRun run = CommandRun.of("extract", input().toString(), "--out", under.toString());
    assertBadUsage(
        run,
        "vnie: cannot create the output folder --out "
            + under
            + ": Not a directory; give a folder you can write to\n",
        "extract");
  }

  @Test
  void resumingAFinishedRunIsRefusedAndLeavesItAlone() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, CommandRun.of("extract", input().toString(), "--out", out.toString()).exit());
    String entities = Files.readString(out.resolve("entities.csv"));
    Path other = Files.writeString(dir.resolve("other.txt"), "Sau đó Kotzebue trở về.\n");

    CommandRun run =
        CommandRun.of("extract", other.toString(), "--out", out.toString(), "--resume");

    assertBadUsage(
        run,
        "vnie: --resume: the run in "
            + out
            + " finished, so there is nothing to continue; leave out --resume to run again (it"
            + " replaces the tables), or give another --out\n",
        "extract");
    assertEquals(entities, Files.readString(out.resolve("entities.csv")));
  }

  @Test
  void theSummaryCountsInGoodGrammar() throws IOException {
    Path out = dir.resolve("out");
    CommandRun run =
        CommandRun.of("extract", input().toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exit());
    assertEquals(
        "vnie: 1 document, 3 mentions, 1 relation, 1 event, 0 files failed -> " + out + "\n",
        run.err());
  }

  @Test
  void nothingToProcessIsBadUsage() {
    CommandRun run = CommandRun.of("extract", "--out", dir.resolve("out").toString());
    assertBadUsage(
        run,
        "vnie: nothing to process: give INPUT files or folders, --text TEXT, or - to read a"
            + " text from standard input\n",
        "extract");
  }

  @Test
  void standardInputIsReadOnce() {
    CommandRun run = CommandRun.of("extract", "-", "--files-from", "-");
    assertBadUsage(
        run,
        "vnie: standard input can be read only once: give one of -, --stdin and --files-from -\n",
        "extract");
  }

  @Test
  void jsonLinesGoToStandardOutputOnly() throws IOException {
    CommandRun run =
        CommandRun.of(
            "extract",
            input().toString(),
            "--format",
            "jsonl",
            "--out",
            dir.resolve("o").toString());
    assertBadUsage(
        run,
        "vnie: --format jsonl goes to standard output: leave out --out (vnie extract corpus"
            + " --format jsonl > results.jsonl)\n",
        "extract");
    assertFalse(Files.exists(dir.resolve("o")), "nothing written");
  }

  @Test
  void bratOnStandardOutputIsForOneText() throws IOException {
    CommandRun run = CommandRun.of("extract", input().toString(), "--format", "brat");
    assertBadUsage(
        run,
        "vnie: --format brat prints the .ann of one text (- or --text); for files give --out"
            + " DIR, which writes NAME.ann and NAME.txt beside the tables\n",
        "extract");
  }

  @Test
  void evaluateWithoutItsGoldFolderIsBadUsage() {
    Path missing = dir.resolve("missing");
    CommandRun run =
        CommandRun.of("evaluate", "--gold", missing.toString(), "--pred", dir.toString());
    assertBadUsage(
        run,
        "vnie: --gold "
            + missing
            + " does not exist; give the folder of the hand annotations (.ann files)\n",
        "evaluate");
  }

  @Test
  void evaluateRefusesPredictionsOfOtherDocuments() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("a.txt"), TEXT);
    Files.writeString(gold.resolve("a.ann"), "T1\tRANK 0 8\tTrung úy\n");
    Path out = dir.resolve("out");
    assertEquals(0, CommandRun.of("extract", input().toString(), "--out", out.toString()).exit());

    CommandRun run = CommandRun.of("evaluate", "--gold", gold.toString(), "--pred", out.toString());

    assertBadUsage(
        run,
        "vnie: no predicted document matches a gold document: --pred "
            + out
            + " has doc, --gold "
            + gold
            + " has a. Documents are matched by name, their path under the folder given (test/x);"
            + " check --pred: extract the texts of --gold at the folder level they were"
            + " annotated\n",
        "evaluate");
  }

  @Test
  void trainingWithoutTheTreebankSaysWhereToGetIt() {
    Path missing = dir.resolve("ud-vi-vtb");
    CommandRun run =
        CommandRun.of(
            "train", "pos", "--data", missing.toString(), "--out", dir.resolve("m").toString());
    assertBadUsage(
        run,
        "vnie: --data "
            + missing
            + " is not a folder; give the folder of UD Vietnamese-VTB (*-ud-train.conllu …), from"
            + " https://github.com/UniversalDependencies/UD_Vietnamese-VTB\n",
        "train pos");
  }
}
