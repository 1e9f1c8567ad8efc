package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.pipeline.Stage;

/** Training the name model on a tiny sample, loading it, and merging it after the rules. */
class NameModelTest {
  private static final List<String> NAMES =
      List.of(
          "Kowalski",
          "Brandt",
          "Moreau",
          "Novak",
          "Lindqvist",
          "Horvath",
          "Petrov",
          "Svoboda",
          "Keller",
          "Jansen",
          "Dubois",
          "Marchetti");

  @TempDir Path dir;

  /** Twelve sentences of the same shape, each with a person no rule can find. */
  private static List<LabelledDocument> sample() {
    Vnie rules = Vnie.builder().rulesOnly().build();
    List<LabelledDocument> docs = new ArrayList<>();
    for (int i = 0; i < NAMES.size(); i++) {
      String name = NAMES.get(i);
      String text = "Sáng nay " + name + " đi chợ với bạn.";
      int at = text.indexOf(name);
      Document analysed = rules.process("d" + i, text);
      Mention person =
          Mention.of(
              text, EntityType.PERSON, at, at + name.length(), "", vnie.core.Provenance.GOLD);
      docs.add(new LabelledDocument(analysed, List.of(person)));
    }
    return docs;
  }

  private Path trainedModelFolder() throws Exception {
    NameModelTrainer.Options options =
        new NameModelTrainer.Options(60, 0, Set.of(EntityType.PERSON));
    NameModel model = new NameModelTrainer(options).train(sample());
    model.save(dir.resolve(NameModel.FILE_NAME));
    return dir;
  }

  @Test
  void aModelTrainedOnATinySampleIsSavedLoadedAndFindsItsNames() throws Exception {
    Vnie vnie = Vnie.builder().models(trainedModelFolder()).build();
    assertTrue(stageNames(vnie).contains("ner-model"), stageNames(vnie).toString());

    List<Mention> found = vnie.process("Sáng nay Brandt đi chợ với bạn.").mentions();

    assertEquals(1, found.size());
    Mention m = found.get(0);
    assertEquals(
        List.of("PERSON", "Brandt", "9", "15", NameModel.SOURCE),
        List.of(m.type().name(), m.text(), "" + m.start(), "" + m.end(), m.provenance().source()));
  }

  @Test
  void theRulesWinWhereTheyFoundSomething() throws Exception {
    Vnie vnie = Vnie.builder().models(trainedModelFolder()).build();

    List<String> found =
        vnie.process("Sáng nay Tướng Keller đi chợ với bạn.").mentions().stream()
            .map(m -> m.type() + " " + m.text() + " " + m.provenance())
            .toList();

    assertEquals(List.of("RANK Tướng ranks", "PERSON Keller person-after-rank"), found);
  }

  @Test
  void aFolderWithoutANameModelFallsBackToTheShippedOneAndRulesOnlyLeavesItOut() {
    assertTrue(stageNames(Vnie.builder().models(dir).build()).contains("ner-model"));
    Vnie rules = Vnie.builder().models(dir).rulesOnly().build();
    assertFalse(stageNames(rules).contains("ner-model"), stageNames(rules).toString());
  }

  @Test
  void threadsSharingOnePipelineGetTheSameAnswers() throws Exception {
    Vnie vnie = Vnie.builder().models(trainedModelFolder()).build();
    List<Callable<List<Mention>>> jobs = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String name = NAMES.get(i % NAMES.size());
      jobs.add(() -> vnie.process("Sáng nay " + name + " đi chợ với bạn.").mentions());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = pool.invokeAll(jobs);
      for (int i = 0; i < results.size(); i++) {
        String expected = NAMES.get(i % NAMES.size());
        List<Mention> mentions = results.get(i).get();
        assertEquals(1, mentions.size(), "job " + i);
        assertEquals(expected, mentions.get(0).text());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void labelsOffTokenBoundariesAreSkippedAndCounted() throws Exception {
    Vnie rules = Vnie.builder().rulesOnly().build();
    String text = "Sáng nay Brandt đi chợ.";
    Mention inside = Mention.of(text, EntityType.PERSON, 10, 15, "", vnie.core.Provenance.GOLD);
    NameModelTrainer trainer =
        new NameModelTrainer(new NameModelTrainer.Options(5, 0, Set.of(EntityType.PERSON)));
    List<LabelledDocument> docs = new ArrayList<>(sample());
    docs.add(new LabelledDocument(rules.process("odd", text), List.of(inside)));

    trainer.train(docs);

    assertEquals(1, trainer.skippedLabels());
    assertTrue(Files.exists(trainedModelFolder().resolve(NameModel.FILE_NAME)));
  }

  private static java.util.List<String> stageNames(Vnie vnie) {
    return vnie.stages().stream().map(Stage::name).toList();
  }
}
