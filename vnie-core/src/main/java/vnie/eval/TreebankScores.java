package vnie.eval;

/**
 * Scores of a segmenter and a tagger against a treebank.
 *
 * @param segmentation words found, as character spans
 * @param tagsCorrect words tagged right when the tagger is given the gold words
 * @param tagsTotal gold words
 * @param wordsWithTags words found with the right tag, from raw text (end to end)
 */
public record TreebankScores(
    Counts segmentation, int tagsCorrect, int tagsTotal, Counts wordsWithTags) {
  /** Tagging accuracy with gold words. */
  public double tagAccuracy() {
    return tagsTotal == 0 ? 0 : (double) tagsCorrect / tagsTotal;
  }
}
