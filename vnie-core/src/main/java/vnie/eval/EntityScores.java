package vnie.eval;

import java.util.List;

/**
 * The result of scoring predicted entity mentions against gold.
 *
 * @param strict scores with exact span and type
 * @param overlap scores with overlapping span and same type
 * @param dateValues value accuracy over strictly matched DATE pairs
 * @param errors every strict disagreement, ordered by document and offset
 * @param unscoredDocs predicted documents that have no gold, sorted; they count nowhere
 */
public record EntityScores(
    ModeScores strict,
    ModeScores overlap,
    ValueAccuracy dateValues,
    List<ScoringError> errors,
    List<String> unscoredDocs) {
  public EntityScores {
    if (strict.mode() != MatchMode.STRICT || overlap.mode() != MatchMode.OVERLAP) {
      throw new IllegalArgumentException("scores in the wrong slots");
    }
    errors = List.copyOf(errors);
    unscoredDocs = List.copyOf(unscoredDocs);
  }

  public ModeScores of(MatchMode mode) {
    return mode == MatchMode.STRICT ? strict : overlap;
  }
}
