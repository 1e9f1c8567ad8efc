package vnie.text;

import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.pipeline.Stage;

/** Tokenizes the text and splits it into sentences. */
public final class SentenceStage implements Stage {
  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;

  public SentenceStage() {
    this(new Tokenizer(), new SentenceSplitter());
  }

  SentenceStage(Tokenizer tokenizer, SentenceSplitter splitter) {
    this.tokenizer = tokenizer;
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Document apply(Document document) {
    var tokens = tokenizer.tokenize(document.text());
    return document.withSentences(
        splitter.split(document.text(), tokens), Layer.TOKENS, Layer.SENTENCES);
  }
}
