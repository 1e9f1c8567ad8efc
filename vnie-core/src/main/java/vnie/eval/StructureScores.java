package vnie.eval;

import java.util.List;

/**
 * The result of scoring predicted relations and events against gold: relations (both argument spans
 * and the type), event triggers (span and type) and event arguments (role and span, of a trigger
 * with the same span and type), with every disagreement.
 */
public record StructureScores(
    LabelScores relations,
    LabelScores triggers,
    LabelScores arguments,
    List<StructureError> errors) {
  public StructureScores {
    errors = List.copyOf(errors);
  }

  /** The three levels in report order. */
  public List<LabelScores> levels() {
    return List.of(relations, triggers, arguments);
  }
}
