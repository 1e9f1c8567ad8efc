package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.event.EventModel;

class TrainEventsCommandTest {
  @TempDir Path dir;

  /**
   * Three documents in a train folder and one in a dev folder, each a rank, a name, a unit he does
   * not command and an Attack.
   */
  @BeforeEach
  void writeSample() throws Exception {
    TrainingSample.write(
        dir,
        name -> {
          String text = "Trung úy " + name + " của Sư đoàn 5 tấn công Huế năm 1950.";
          return new TrainingSample.Annotated(
              text,
              TrainingSample.rankNamePlaceDate(text, name)
                  + TrainingSample.span(text, "T5", "Attack", "tấn công")
                  + TrainingSample.span(text, "T6", "UNIT", "Sư đoàn 5")
                  + "R1\tHasRank Arg1:T2 Arg2:T1\n"
                  + "E1\tAttack:T5 Attacker:T2 Place:T3 Time:T4\n");
        });
  }

  private EventModel writtenModel() throws Exception {
    return new EventModel(dir.resolve("models").resolve(EventModel.FILE_NAME));
  }

  private CommandRun train(String... options) {
    List<String> args =
        new ArrayList<>(List.of("--out", dir.resolve("models").toString(), "--iterations", "5"));
    args.addAll(List.of(options));
    return TrainingSample.train(dir, "events", args.toArray(String[]::new));
  }

  @Test
  void theTriggerBiasIsTunedOnTheDevFolderAndKeptInTheModel() throws Exception {
    CommandRun run = train("--dev", dir.resolve("annotations/dev").toString());

    assertEquals(0, run.exit(), run.out() + run.err());
    String printed = run.outLines();
    assertTrue(printed.contains("vnie: trained the event models on 3 documents\n"), printed);
    // Every bias finds the one Attack of the dev document; the smallest is kept.
    assertTrue(
        printed.contains(
            "vnie: trigger bias 0, tuned on "
                + dir.resolve("annotations/dev")
                + " (triggers F1 1.000 -> 1.000, arguments 1.000 -> 1.000)\n"),
        printed);
    assertEquals(0.0, writtenModel().triggerOutsideBias());
  }

  @Test
  void theLeftOutDocumentsJoinDevInTuningTheBiasWhenAsked() throws Exception {
    Path list = dir.resolve("leave-out.txt");
    Files.writeString(list, "d1\n");
    CommandRun run =
        train(
            "--dev",
            dir.resolve("annotations/dev").toString(),
            "--leave-out",
            list.toString(),
            "--tune-on-left-out");

    assertEquals(0, run.exit(), run.out() + run.err());
    String printed = run.outLines();
    assertTrue(printed.contains("vnie: trained the event models on 2 documents\n"), printed);
    assertTrue(
        printed.contains(
            "vnie: trigger bias 0, tuned on "
                + dir.resolve("annotations/dev")
                + " and the 1 --leave-out documents (triggers F1 1.000 -> 1.000,"
                + " arguments 1.000 -> 1.000)\n"),
        printed);
    // The scores printed after training stay those of --dev alone.
    assertTrue(printed.contains("scores on 1 documents of "), printed);
  }

  @Test
  void tuningOnLeftOutDocumentsNeedsALeaveOutList() throws Exception {
    CommandRun run =
        train("--dev", dir.resolve("annotations/dev").toString(), "--tune-on-left-out");

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(
        run.errLines().contains("--tune-on-left-out needs --leave-out and --dev"), run.errLines());
    assertFalse(Files.exists(dir.resolve("models").resolve(EventModel.FILE_NAME)));
  }

  @Test
  void aGivenTriggerBiasIsWrittenAsItIs() throws Exception {
    CommandRun run = train("--trigger-bias", "12.5");

    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals(12.5, writtenModel().triggerOutsideBias());
  }

  @Test
  void aTriggerBiasThatIsNoNumberIsRefusedBeforeTraining() throws Exception {
    CommandRun run = train("--trigger-bias", "high");

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(
        run.errLines().contains("--trigger-bias takes auto or a number, not 'high'"),
        run.errLines());
    assertFalse(run.out().contains("trained"), run.out());
    assertFalse(Files.exists(dir.resolve("models").resolve(EventModel.FILE_NAME)));
  }

  @Test
  void crossValidationScoresEachFoldWithAModelOfTheOthersAndWritesNoModel() throws Exception {
    CommandRun run = train("--folds", "3", "--trigger-bias", "0");

    assertEquals(0, run.exit(), run.out() + run.err());
    String printed = run.outLines();
    assertTrue(
        printed.startsWith("3-fold cross-validation over 3 documents (micro P / R / F1)\n"),
        printed);
    // Each document's rank, person and Attack are found by a model of the other two.
    assertTrue(
        printed.contains("model, gold entities   1.000 1.000 1.000    1.000 1.000 1.000"), printed);
    assertTrue(
        printed.endsWith(
            "relations with gold entities: HasRank 1.000 1.000 1.000, Commands 0.000 0.000"
                + " 0.000\n"),
        printed);
    assertFalse(Files.exists(dir.resolve("models").resolve(EventModel.FILE_NAME)));
  }

  @Test
  void crossValidationRefusesATriggerBiasTunedOnTheHeldOutFolds() throws Exception {
    CommandRun run = train("--folds", "3");

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(
        run.errLines().contains("--folds needs a number for --trigger-bias"), run.errLines());
    assertFalse(run.out().contains("cross-validation"), run.out());
  }
}
