package vnie;

import java.util.List;
import vnie.core.Document;
import vnie.ner.RuleNerStage;
import vnie.pipeline.Pipeline;
import vnie.pipeline.Stage;
import vnie.pos.LexiconTagger;
import vnie.pos.PosStage;
import vnie.segment.LexiconSegmenter;
import vnie.segment.SegmentStage;
import vnie.text.SentenceStage;

/**
 * The entry point for Java users: a ready pipeline that turns a Vietnamese text into a {@link
 * Document} with sentences, words, tags and entity mentions. Thread-safe; build it once and share
 * it.
 */
public final class Vnie {
  private final Pipeline pipeline;

  private Vnie(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The default stages: sentences and tokens, words, tags, rule-based entities. */
  public static List<Stage> defaultStages() {
    return List.of(
        new SentenceStage(),
        new SegmentStage(new LexiconSegmenter()),
        new PosStage(new LexiconTagger()),
        new RuleNerStage());
  }

  /** A vnie with the default stages. */
  public static Vnie create() {
    return new Vnie(Pipeline.of(defaultStages()));
  }

  /** A vnie with the given stages, checked as {@link Pipeline#of} checks them. */
  public static Vnie of(List<? extends Stage> stages) {
    return new Vnie(Pipeline.of(stages));
  }

  /** Processes {@code text} as a document named {@code id}. */
  public Document process(String id, String text) {
    return pipeline.process(Document.of(id, text));
  }

  /** Processes {@code text} as a document named {@code text}. */
  public Document process(String text) {
    return process("text", text);
  }

  public Pipeline pipeline() {
    return pipeline;
  }
}
