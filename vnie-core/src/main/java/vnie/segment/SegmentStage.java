package vnie.segment;

import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.pipeline.Stage;

/** Runs a {@link WordSegmenter} over every sentence. */
public final class SegmentStage implements Stage {
  private final WordSegmenter segmenter;

  public SegmentStage(WordSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  @Override
  public String name() {
    return "segment";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.WORDS);
  }

  @Override
  public Document apply(Document document) {
    return document.withSentences(
        document.sentences().stream().map(s -> s.withWords(segmenter.segment(s))).toList(),
        Layer.WORDS);
  }
}
