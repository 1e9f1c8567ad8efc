package vnie.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;
import vnie.core.Document;
import vnie.core.Layer;

/**
 * One step of the pipeline. A stage is stateless and safe to share between threads: it reads the
 * layers it {@link #requires() requires} from a document and returns a new document with the layers
 * it {@link #provides() provides}. A layer it provides without requiring it, it makes; one it both
 * requires and provides, it refines (as the entity model adds to the rules' entities). The layers
 * are what a stage is known by: {@link Pipeline#replace} puts a stage in the place of the stages
 * that make or refine the same layers.
 */
public interface Stage {
  /** A short name for messages, e.g. {@code tokenize}. */
  String name();

  /** The layers that must be present before this stage runs. */
  Set<Layer> requires();

  /** The layers this stage adds. */
  Set<Layer> provides();

  /** Returns {@code document} with this stage's layers added. */
  Document apply(Document document);

  /**
   * A stage named {@code name} that needs {@code requires} and gives {@code provides}, computed by
   * {@code change}. The change must be stateless, as every stage is.
   */
  static Stage of(
      String name, Set<Layer> requires, Set<Layer> provides, UnaryOperator<Document> change) {
    return new FunctionStage(name, requires, provides, change);
  }

  /**
   * A stage named {@code name} that refines {@code layer}: it needs the layer and gives it back
   * changed by {@code change} (a filter of the entities, a check of your own).
   */
  static Stage refining(String name, Layer layer, UnaryOperator<Document> change) {
    return of(name, Set.of(layer), Set.of(layer), change);
  }

  /**
   * A stage named {@code name} that makes {@code layer} from the sentences alone, computed by
   * {@code change}; it takes the place of every stage that makes or refines that layer (as hand
   * annotations replace the entity rules and model together).
   */
  static Stage making(String name, Layer layer, UnaryOperator<Document> change) {
    return of(name, Set.of(Layer.SENTENCES), Set.of(layer), change);
  }
}
