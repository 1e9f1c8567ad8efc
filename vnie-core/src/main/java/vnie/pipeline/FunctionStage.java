package vnie.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;
import vnie.core.Document;
import vnie.core.Layer;

/** The stage {@link Stage#of} makes: a name, its layers and a function of the document. */
record FunctionStage(
    String name, Set<Layer> requires, Set<Layer> provides, UnaryOperator<Document> change)
    implements Stage {
  FunctionStage {
    requires = Set.copyOf(requires);
    provides = Set.copyOf(provides);
  }

  @Override
  public Document apply(Document document) {
    return change.apply(document);
  }
}
