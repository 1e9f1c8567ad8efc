package vnie.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
