package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.ner.EntityModel;

class TrainNerCommandTest {
  @TempDir Path dir;

  /** Three documents in a train folder and one in a dev folder, texts under corpus/. */
  private void writeSample() throws Exception {
    TrainingSample.write(
        dir,
        name -> {
          String text = "Trung úy " + name + " đến Huế năm 1950.";
          return new TrainingSample.Annotated(text, TrainingSample.rankNamePlaceDate(text, name));
        });
  }

  @Test
  void trainsAModelFromBratFilesAndScoresItOnTheDevFolder() throws Exception {
    writeSample();
    Path out = dir.resolve("models");
    CommandRun run =
        TrainingSample.train(
            dir,
            "ner",
            "--dev",
            dir.resolve("annotations/dev").toString(),
            "--out",
            out.toString(),
            "--iterations",
            "5");

    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(Files.size(out.resolve(EntityModel.FILE_NAME)) > 0);
    String printed = run.outLines();
    assertTrue(printed.contains("vnie: trained the entity model on 3 documents\n"), printed);
    assertTrue(printed.contains("scores on 1 documents of "), printed);
    // The model learns the rank-before-name pattern and finds the unseen name Kowalski.
    assertTrue(
        printed.contains(
            "model-and-dates     1.000  1.000  1.000  1.000    1.000    1.000    0.000    1.000"),
        printed);
  }

  /** {@code vnie train ner} on the sample's train folder, with {@code options} after it. */
  private CommandRun trainOnSample(String... options) {
    return TrainingSample.train(dir, "ner", options);
  }

  @Test
  void anUnknownFeatureGroupIsAUsageError() throws Exception {
    writeSample();
    CommandRun run = trainOnSample("--features", "gazeteers");

    assertEquals(1, run.exit());
    assertEquals(
        "vnie: unknown feature group 'gazeteers': use gazetteers, clusters, rules, document or context\n",
        run.errLines());
  }

  @Test
  void leftOutDocumentsAreNotTrainedOnAndAnUnknownNameIsAnError() throws Exception {
    writeSample();
    Path list = dir.resolve("leave-out.txt");
    Files.writeString(list, "# passages the model is not trained on\nd1\n");
    CommandRun run = trainOnSample("--leave-out", list.toString(), "--iterations", "2");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(
        run.outLines().contains("vnie: trained the entity model on 2 documents\n"), run.out());

    Files.writeString(list, "d1\nd9\n");
    CommandRun typo = trainOnSample("--leave-out", list.toString());
    assertEquals(1, typo.exit());
    assertEquals(
        "vnie: --leave-out "
            + list
            + " names documents that --gold does not have: d9; correct or remove them\n",
        typo.errLines());
  }
}
