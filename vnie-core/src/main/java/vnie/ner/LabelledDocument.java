package vnie.ner;

import java.util.List;
import vnie.core.Document;
import vnie.core.Mention;

/**
 * A hand-annotated document for training or scoring the models.
 *
 * @param analysed the document after the rule pipeline: sentences, tokens, words and tags, and the
 *     rules' entities, relations and events
 * @param gold the hand annotation of the same text: its mentions, relations and events
 */
public record LabelledDocument(Document analysed, Document gold) {
  public String id() {
    return analysed.id();
  }

  /** The gold mentions. */
  public List<Mention> labels() {
    return gold.mentions();
  }
}
