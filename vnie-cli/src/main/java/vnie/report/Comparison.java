package vnie.report;

import java.util.List;
import vnie.eval.ScoringError;
import vnie.eval.StructureError;

/**
 * What the scorers found wrong in one document: its entity errors ({@link ScoringError}) and its
 * relation and event errors ({@link StructureError}).
 */
record Comparison(List<ScoringError> entityErrors, List<StructureError> structureErrors) {
  public Comparison {
    entityErrors = List.copyOf(entityErrors);
    structureErrors = List.copyOf(structureErrors);
  }
}
