package vnie.pipeline;

import java.util.Set;
import java.util.function.UnaryOperator;
import vnie.core.Document;
import vnie.core.Layer;

/** The stage {@link Stage#refining} makes: it requires and provides the same layers. */
record RefiningStage(String name, Set<Layer> layers, UnaryOperator<Document> change)
    implements Stage {
  RefiningStage {
    layers = Set.copyOf(layers);
  }

  @Override
  public Set<Layer> requires() {
    return layers;
  }

  @Override
  public Set<Layer> provides() {
    return layers;
  }

  @Override
  public Document apply(Document document) {
    return change.apply(document);
  }
}
