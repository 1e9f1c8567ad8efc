package vnie.ner;

import java.util.List;
import vnie.core.Document;
import vnie.core.Mention;

/**
 * A document for training or scoring the name model.
 *
 * @param analysed the document after the rule pipeline: sentences, tokens and the rules' mentions
 * @param labels the mentions to learn or score against: hand annotations, or rule mentions kept as
 *     silver labels
 */
public record LabelledDocument(Document analysed, List<Mention> labels) {
  public LabelledDocument {
    labels = List.copyOf(labels);
  }

  public String id() {
    return analysed.id();
  }
}
