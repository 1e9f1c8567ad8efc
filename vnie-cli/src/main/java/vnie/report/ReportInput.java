package vnie.report;

import java.util.List;
import vnie.core.Document;

/**
 * The documents of a report.
 *
 * @param title the page title
 * @param predicted the predicted documents with their texts as read, in report order
 * @param gold the hand-annotated documents; empty for a report without scores
 */
public record ReportInput(String title, List<Document> predicted, List<Document> gold) {
  public ReportInput {
    predicted = List.copyOf(predicted);
    gold = List.copyOf(gold);
  }

  /** True when there is gold to score against. */
  public boolean scored() {
    return !gold.isEmpty();
  }
}
