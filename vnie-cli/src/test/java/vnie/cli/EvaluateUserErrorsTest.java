package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vnie evaluate} given the wrong folders or a slip in a file: a sentence that says what to
 * check, the documented exit code, never zeros that look like scores nor a Java stack trace (issue
 * #20, fault 16).
 */
class EvaluateUserErrorsTest {
  private static final String TEXT = "Tướng Giáp ở Hà Nội.";
  private static final String ANN = "T1\tPERSON 6 10\tGiáp\n";
  private static final String SEE_HELP = "See 'vnie evaluate --help'.\n";

  @TempDir Path dir;
  private Path gold;
  private Path pred;

  @BeforeEach
  void goldOfTwoDocuments() throws IOException {
    gold = Files.createDirectories(dir.resolve("gold"));
    for (String name : new String[] {"a", "b"}) {
      Files.writeString(gold.resolve(name + ".txt"), TEXT);
      Files.writeString(gold.resolve(name + ".ann"), ANN);
    }
    pred = Files.createDirectories(dir.resolve("pred"));
  }

  /** {@code vnie evaluate} of pred against gold, then {@code options}. */
  private CommandRun evaluate(String... options) {
    return CommandRun.of(
        List.of("evaluate", "--gold", gold.toString(), "--pred", pred.toString()), options);
  }

  private static void assertExitAndError(CommandRun run, int exit, String err) {
    assertEquals(exit, run.exit());
    assertEquals(err, run.err());
  }

  @Test
  void anEmptyPredFolderIsBadUsageNamingTheFolderToCheck() {
    CommandRun run = evaluate();

    assertExitAndError(
        run,
        2,
        "vnie: no predicted document matches a gold document: --pred "
            + pred
            + " holds no results (no entities.csv and no .ann files); check --pred: give the"
            + " --out folder of a vnie extract run on the texts of --gold "
            + gold
            + "\n"
            + SEE_HELP);
    assertFalse(Files.exists(pred.resolve("scores.csv")), "no zeros written as scores");
  }

  @Test
  void tablesWithoutARowAreBadUsage() throws IOException {
    Files.writeString(
        pred.resolve("entities.csv"),
        "doc,sentence,start,end,type,text,value,source,person_id\r\n");

    CommandRun run = evaluate();

    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "vnie: no predicted document matches a gold document: --pred "
                    + pred
                    + " has tables without a row; check --pred"),
        run.err());
  }

  @Test
  void predictionsOfOtherDocumentsAreBadUsageEvenWithoutTheirTexts() throws IOException {
    Files.writeString(pred.resolve("x.ann"), ANN); // no x.txt anywhere

    CommandRun run = evaluate();

    assertExitAndError(
        run,
        2,
        "vnie: no predicted document matches a gold document: --pred "
            + pred
            + " has x, --gold "
            + gold
            + " has a, b. Documents are matched by name, their path under the folder given"
            + " (test/x); check --pred: extract the texts of --gold at the folder level they were"
            + " annotated\n"
            + SEE_HELP);
  }

  @Test
  void goldDocumentsWithoutPredictionAreNamedInAWarning() throws IOException {
    Files.writeString(pred.resolve("a.ann"), ANN);

    CommandRun run = evaluate();

    assertExitAndError(
        run,
        0,
        "vnie: warning: 1 of 2 gold documents have no prediction in --pred "
            + pred
            + " (b): vnie found nothing in them or they were not extracted; their annotations"
            + " count as missed\n");
  }

  @Test
  void aMissingTextFolderIsBadUsage() throws IOException {
    Files.writeString(pred.resolve("a.ann"), ANN);
    Path missing = dir.resolve("no");

    CommandRun run = evaluate("--text", missing.toString());

    assertExitAndError(
        run,
        2,
        "vnie: --text "
            + missing
            + " does not exist; give the folder of the .txt files the gold annotates\n"
            + SEE_HELP);
  }

  @Test
  void aReversedGoldSpanIsNamedWithItsFileAndLine() throws IOException {
    Files.writeString(gold.resolve("b.ann"), ANN + "T2\tLOCATION 19 13\tHà Nội\n");
    Files.writeString(pred.resolve("a.ann"), ANN);

    CommandRun run = evaluate();

    assertExitAndError(
        run,
        1,
        "vnie: "
            + gold.resolve("b.ann")
            + ":2: T2 span 19-13 is reversed: its end comes before its start; write the start"
            + " offset first\n");
  }

  @Test
  void aReversedSpanInTheTablesIsNamedWithItsFileAndRowWithoutAStackTrace() throws IOException {
    Files.writeString(
        pred.resolve("entities.csv"),
        "doc,sentence,start,end,type,text,value,source,person_id\r\n"
            + "a,0,10,6,PERSON,Giáp,,model,\r\n");

    CommandRun run = evaluate();

    assertExitAndError(
        run,
        1,
        "vnie: "
            + pred.resolve("entities.csv")
            + ":2: bad row: span 10-6 is reversed: its end comes before its start; write the"
            + " start offset in start and the end offset in end\n");
  }
}
