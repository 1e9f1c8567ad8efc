package vnie.pipeline;

import java.util.Set;
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
}
