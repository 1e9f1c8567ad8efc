package vnie.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;

/**
 * An ordered list of stages, checked when it is built: every stage's required layers must be
 * provided by the stages before it. Immutable and thread-safe when its stages are.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline from {@code stages} in order.
   *
   * @throws IllegalArgumentException naming the first stage whose inputs no earlier stage provides
   */
  public static Pipeline of(List<? extends Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage stage : stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '"
                + stage.name()
                + "' needs "
                + missing
                + " but the stages before it provide only "
                + available);
      }
      available.addAll(stage.provides());
    }
    return new Pipeline(new ArrayList<>(stages));
  }

  /** Runs every stage on {@code document}. */
  public Document process(Document document) {
    Document current = document;
    for (Stage stage : stages) {
      current = stage.apply(current);
    }
    return current;
  }

  /**
   * Runs only the stages that add a layer {@code document} came without, so that a document read
   * with its words and tags (e.g. from VnCoreNLP) keeps them and gets the rest.
   */
  public Document complete(Document document) {
    // Judge by the layers the document came with: a later stage that refines a layer an earlier
    // stage of this run added (the name model after the entity rules) must still run.
    Set<Layer> given = document.layers();
    Document current = document;
    for (Stage stage : stages) {
      if (!given.containsAll(stage.provides())) {
        current = stage.apply(current);
      }
    }
    return current;
  }

  public List<Stage> stages() {
    return stages;
  }
}
