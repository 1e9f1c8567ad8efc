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

  /**
   * This pipeline with {@code replacement} in place of the stages that do its job, standing where
   * the first of them stood. A stage <em>makes</em> the layers it provides without requiring them
   * and <em>refines</em> those it both requires and provides (the entity model after the entity
   * rules). A replacement that makes a layer replaces every stage that provides it, the one that
   * makes it and those that refine it, so that nothing adds to what the replacement gives; one that
   * refines a layer replaces the stages that refine it. Stages are matched by layer, never by name.
   *
   * @throws IllegalArgumentException when no stage does the replacement's job, or the stages after
   *     it miss a layer the replaced stages provided
   */
  public Pipeline replace(Stage replacement) {
    List<Stage> kept = new ArrayList<>();
    int at = -1;
    for (Stage stage : stages) {
      if (!replaces(replacement, stage)) {
        kept.add(stage);
      } else if (at < 0) {
        at = kept.size();
      }
    }
    if (replacement.provides().isEmpty()) {
      throw new IllegalArgumentException(
          "stage '" + replacement.name() + "' provides no layer, so it replaces none; add it");
    }
    if (at < 0) {
      Set<Layer> makes = made(replacement);
      throw new IllegalArgumentException(
          "no stage to replace with '"
              + replacement.name()
              + "': none "
              + (makes.isEmpty() ? "refines " + refined(replacement) : "provides " + makes)
              + "; stages: "
              + stages.stream().map(s -> s.name() + " " + inOrder(s.provides())).toList());
    }
    kept.add(at, replacement);
    return of(kept);
  }

  /**
   * Whether {@link #replace} puts {@code replacement} in the place of {@code stage}: {@code stage}
   * provides a layer {@code replacement} makes, or refines a layer {@code replacement} refines.
   */
  public static boolean replaces(Stage replacement, Stage stage) {
    Set<Layer> makes = made(replacement);
    Set<Layer> refines = refined(replacement);
    return stage.provides().stream().anyMatch(makes::contains)
        || refined(stage).stream().anyMatch(refines::contains);
  }

  /** The layers {@code stage} provides without requiring them. */
  private static Set<Layer> made(Stage stage) {
    Set<Layer> layers = inOrder(stage.provides());
    layers.removeAll(stage.requires());
    return layers;
  }

  /** The layers {@code stage} both requires and provides. */
  private static Set<Layer> refined(Stage stage) {
    Set<Layer> layers = inOrder(stage.provides());
    layers.retainAll(stage.requires());
    return layers;
  }

  private static Set<Layer> inOrder(Set<Layer> layers) {
    Set<Layer> ordered = EnumSet.noneOf(Layer.class);
    ordered.addAll(layers);
    return ordered;
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
