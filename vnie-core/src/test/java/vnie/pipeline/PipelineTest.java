package vnie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.ner.RuleNerStage;
import vnie.pos.LexiconTagger;
import vnie.pos.PosStage;
import vnie.segment.LexiconSegmenter;
import vnie.segment.SegmentStage;
import vnie.text.SentenceStage;

class PipelineTest {
  @Test
  void refusesAStageWhoseInputsNoEarlierStageProvides() {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pipeline.of(List.of(new SentenceStage(), new RuleNerStage())));
    assertTrue(error.getMessage().contains("ner-rules"), error.getMessage());
    assertTrue(error.getMessage().contains("WORDS"), error.getMessage());
  }

  @Test
  void runsStagesInOrderAndRecordsTheirLayers() {
    Pipeline p =
        Pipeline.of(
            List.of(
                new SentenceStage(),
                new SegmentStage(new LexiconSegmenter()),
                new PosStage(new LexiconTagger())));
    Document d = p.process(Document.of("d", "Sư đoàn 308 đến Hà Nội."));
    assertTrue(d.has(Layer.POS) && d.has(Layer.WORDS) && d.has(Layer.SENTENCES));
    assertEquals(
        List.of("N", "M", "E", "Np", "CH"),
        d.sentences().get(0).words().stream().map(w -> w.tag()).toList());
  }

  /** A stage that only tokenizes: it makes TOKENS, not SENTENCES. */
  private record TokensOnly() implements Stage {
    @Override
    public String name() {
      return "tokens-only";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of();
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.TOKENS);
    }

    @Override
    public Document apply(Document d) {
      return d;
    }
  }

  @Test
  void aReplacementTakesTheStagesThatProvideItsLayersWithAllTheyProvide() {
    Pipeline p =
        Pipeline.of(List.of(new SentenceStage(), new SegmentStage(new LexiconSegmenter())));
    // The sentence stage makes TOKENS and SENTENCES: it goes, and the segmenter lacks SENTENCES.
    var error = assertThrows(IllegalArgumentException.class, () -> p.replace(new TokensOnly()));
    assertEquals(
        "stage 'segment' needs [SENTENCES] but the stages before it provide only [TOKENS]",
        error.getMessage());
    assertEquals(
        List.of("sentences", "segment"),
        p.replace(new SegmentStage(new LexiconSegmenter())).stages().stream()
            .map(Stage::name)
            .toList());
  }
}
