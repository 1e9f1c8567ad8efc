package vnie.eval;

import vnie.core.Document;

/**
 * A hand-annotated document and the prediction for the same text: what every scorer compares, as
 * spaCy's {@code Example} pairs a reference with a predicted document and OpenNLP's evaluators a
 * reference sample with a predicted one. Errors quote the gold document's text.
 *
 * @param gold the hand annotations
 * @param predicted what was found; a document with no layer but the text when nothing was
 */
public record Example(Document gold, Document predicted) {
  public Example {
    if (!gold.id().equals(predicted.id())) {
      throw new IllegalArgumentException(
          "a gold document and a prediction of another: " + gold.id() + ", " + predicted.id());
    }
  }

  /** The document name both share. */
  public String id() {
    return gold.id();
  }

  /** The gold document with nothing predicted for it: every annotation of it is missed. */
  public static Example unpredicted(Document gold) {
    return new Example(gold, Document.of(gold.id(), gold.text()));
  }
}
