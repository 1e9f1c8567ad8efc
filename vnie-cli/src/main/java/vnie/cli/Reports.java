package vnie.cli;

import vnie.eval.Counts;
import vnie.eval.TreebankScores;

/** One-line summaries of treebank scores, as the commands print them. */
final class Reports {
  private Reports() {}

  static String segmentation(String split, TreebankScores s) {
    return "segmentation on " + split + ": " + prf(s.segmentation());
  }

  static String tagging(String split, TreebankScores s) {
    return String.format(
        "tagging on %s: accuracy with gold words %.2f%% (%d/%d); end to end word+tag %s",
        split, 100 * s.tagAccuracy(), s.tagsCorrect(), s.tagsTotal(), prf(s.wordsWithTags()));
  }

  static String prf(Counts c) {
    return String.format(
        "P %.2f R %.2f F1 %.2f (tp %d, fp %d, fn %d)",
        100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.tp(), c.fp(), c.fn());
  }
}
