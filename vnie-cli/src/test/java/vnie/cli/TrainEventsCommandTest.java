package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.event.EventModel;

class TrainEventsCommandTest {
  @TempDir Path dir;

  /**
   * Three documents in a train folder and one in a dev folder, each a rank, a name, a unit he does
   * not command and an Attack.
   */
  private void writeSample() throws Exception {
    String[] names = {"Brandt", "Moreau", "Novak", "Kowalski"};
    for (int i = 0; i < names.length; i++) {
      String split = i < 3 ? "train" : "dev";
      Path corpus = Files.createDirectories(dir.resolve("corpus").resolve(split));
      Path gold = Files.createDirectories(dir.resolve("annotations").resolve(split));
      String text = "Trung úy " + names[i] + " của Sư đoàn 5 tấn công Huế năm 1950.";
      Files.writeString(corpus.resolve("d" + i + ".txt"), text);
      int p = text.indexOf(names[i]);
      int t = text.indexOf("tấn công");
      int h = text.indexOf("Huế");
      int u = text.indexOf("Sư đoàn 5");
      Files.writeString(
          gold.resolve("d" + i + ".ann"),
          "T1\tRANK 0 8\tTrung úy\n"
              + ("T2\tPERSON " + p + " " + (p + names[i].length()) + "\t" + names[i] + "\n")
              + ("T3\tAttack " + t + " " + (t + 8) + "\ttấn công\n")
              + ("T4\tLOCATION " + h + " " + (h + 3) + "\tHuế\n")
              + ("T5\tDATE " + (h + 4) + " " + (h + 12) + "\tnăm 1950\n#1\tValue T5\t1950\n")
              + ("T6\tUNIT " + u + " " + (u + 9) + "\tSư đoàn 5\n")
              + "R1\tHasRank Arg1:T2 Arg2:T1\n"
              + "E1\tAttack:T3 Attacker:T2 Place:T4 Time:T5\n");
    }
  }

  private CommandRun train(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "events",
                "--gold",
                dir.resolve("annotations/train").toString(),
                "--out",
                dir.resolve("models").toString(),
                "--iterations",
                "5"));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void theTriggerBiasIsTunedOnTheDevFolderAndKeptInTheModel() throws Exception {
    writeSample();
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
    EventModel model = new EventModel(dir.resolve("models").resolve(EventModel.FILE_NAME));
    assertEquals(0.0, model.triggerOutsideBias());
  }

  @Test
  void aGivenTriggerBiasIsWrittenAsItIs() throws Exception {
    writeSample();
    CommandRun run = train("--trigger-bias", "12.5");

    assertEquals(0, run.exit(), run.out() + run.err());
    EventModel model = new EventModel(dir.resolve("models").resolve(EventModel.FILE_NAME));
    assertEquals(12.5, model.triggerOutsideBias());
  }

  @Test
  void aTriggerBiasThatIsNoNumberIsRefusedBeforeTraining() throws Exception {
    writeSample();
    CommandRun run = train("--trigger-bias", "high");

    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(
        run.errLines().contains("--trigger-bias takes auto or a number, not 'high'"),
        run.errLines());
    assertFalse(run.out().contains("trained"), run.out());
    assertFalse(Files.exists(dir.resolve("models").resolve(EventModel.FILE_NAME)));
  }
}
