package vnie.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.ner.LabelledDocument;

/** Folds for cross-validation that keep the passages of one article together. */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * {@code documents} in {@code folds} parts: the passages of an article ({@code NAME-1}, {@code
   * NAME-2} …) in one part, articles dealt out in name order, so that no fold is scored on text
   * from an article it was trained on.
   */
  public static List<List<LabelledDocument>> byArticle(
      List<LabelledDocument> documents, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds");
    }
    Map<String, List<LabelledDocument>> articles = new LinkedHashMap<>();
    documents.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(d -> articles.computeIfAbsent(article(d.id()), k -> new ArrayList<>()).add(d));
    if (articles.size() < folds) {
      throw new IllegalArgumentException(
          folds + " folds need at least " + folds + " articles, there are " + articles.size());
    }
    List<List<LabelledDocument>> parts = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      parts.add(new ArrayList<>());
    }
    int k = 0;
    for (List<LabelledDocument> passages : articles.values()) {
      parts.get(k++ % folds).addAll(passages);
    }
    return parts;
  }

  /** The article of a passage name: the name without a trailing {@code -N}. */
  static String article(String id) {
    return id.replaceFirst("-\\d+$", "");
  }
}
