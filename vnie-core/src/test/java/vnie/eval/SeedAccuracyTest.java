package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.BratReader;

/**
 * The rules alone on the seed article, scored against its hand annotation: the rules were shaped on
 * it, so they must keep finding exactly what they found (the models, trained on other text, are
 * scored on the corpus splits instead). The figures in docs/accuracy.md come from {@code vnie
 * evaluate}.
 */
class SeedAccuracyTest {
  @Test
  void strictMicroF1OnTheSeedArticle() throws Exception {
    Document gold =
        new BratReader().read(Path.of("corpus/elbe-day.txt"), Path.of("annotations/elbe-day.ann"));
    Document predicted = Vnie.builder().rulesOnly().build().process(gold.id(), gold.text());

    EntityScores scores =
        new EntityScorer().score(Examples.of(List.of(new Example(gold, predicted))));

    Counts micro = scores.strict().micro();
    assertTrue(micro.f1() >= 0.95, "strict micro F1 " + micro);
    assertEquals(1.0, scores.dateValues().accuracy(), 1e-9);
    assertEquals(List.of(), scores.unscoredDocs());
  }

  @Test
  void relationsAndEventsOnTheSeedArticle() throws Exception {
    Document gold =
        new BratReader().read(Path.of("corpus/elbe-day.txt"), Path.of("annotations/elbe-day.ann"));
    Document predicted = Vnie.builder().rulesOnly().build().process(gold.id(), gold.text());

    StructureScores scores =
        new StructureScorer().score(Examples.of(List.of(new Example(gold, predicted))));

    assertEquals(new Counts(7, 0, 0), scores.relations().micro());
    assertEquals(new Counts(13, 0, 0), scores.triggers().micro());
    assertTrue(scores.arguments().micro().f1() >= 0.9, "arguments " + scores.arguments().micro());
  }
}
