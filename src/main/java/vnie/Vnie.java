package vnie;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vnie.core.Document;
import vnie.event.EventStage;
import vnie.event.PersonStage;
import vnie.event.RelationStage;
import vnie.model.ModelStore;
import vnie.ner.ModelNerStage;
import vnie.ner.RuleNerStage;
import vnie.pipeline.Pipeline;
import vnie.pipeline.Stage;
import vnie.pos.PosStage;
import vnie.segment.SegmentStage;
import vnie.text.SentenceStage;

/**
 * The entry point for Java users: a pipeline that turns a Vietnamese text into a {@link Document}
 * with sentences, words, tags, entity mentions, relations, events and persons, all with offsets
 * into the given text.
 *
 * <pre>{@code
 * Vnie vnie = Vnie.builder().build();
 * Document doc = vnie.process(text);
 * for (Mention m : doc.mentions()) System.out.println(m.type() + " " + m.text());
 * }</pre>
 *
 * An instance is immutable and thread-safe; build it once and share it.
 */
public final class Vnie {
  private final Pipeline pipeline;

  private Vnie(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** A builder that starts from the default stages. */
  public static Builder builder() {
    return new Builder();
  }

  /** A vnie with the default stages; the same as {@code builder().build()}. */
  public static Vnie create() {
    return builder().build();
  }

  /** Processes {@code text} as a document named {@code id}. */
  public Document process(String id, String text) {
    return pipeline.process(Document.of(id, text));
  }

  /** Processes {@code text} as a document named {@code "text"}. */
  public Document process(String text) {
    return process("text", text);
  }

  /**
   * Runs the stages that add what {@code document} lacks: a document read with sentences, words and
   * tags (e.g. by {@link vnie.io.VnCoreNlpReader}) keeps them and gets the entities.
   */
  public Document complete(Document document) {
    return pipeline.complete(document);
  }

  /** The stages, in order. */
  public List<Stage> stages() {
    return pipeline.stages();
  }

  /** Collects stages; {@link #build()} checks that each stage's inputs are provided. */
  public static final class Builder {
    private Path models;
    private boolean rulesOnly;
    private final List<Stage> replacements = new ArrayList<>();
    private final List<Stage> additions = new ArrayList<>();

    private Builder() {}

    /**
     * Loads {@code segmenter.bin} and {@code pos.bin} from {@code directory} instead of the ones
     * shipped with vnie; a file missing there is taken from the shipped models.
     */
    public Builder models(Path directory) {
      this.models = directory;
      return this;
    }

    /** Finds entities with the rules alone, without the trained name model. */
    public Builder rulesOnly() {
      this.rulesOnly = true;
      return this;
    }

    /** Replaces the default stage that has the same {@link Stage#name() name} as {@code stage}. */
    public Builder replace(Stage stage) {
      replacements.add(stage);
      return this;
    }

    /** Adds {@code stage} after the default stages (and after earlier additions). */
    public Builder add(Stage stage) {
      additions.add(stage);
      return this;
    }

    /**
     * Builds the pipeline.
     *
     * @throws IllegalArgumentException when a replacement names no default stage, or a stage needs
     *     a layer that no stage before it provides
     */
    public Vnie build() {
      List<Stage> stages = new ArrayList<>(defaultStages());
      for (Stage replacement : replacements) {
        int index = indexOf(stages, replacement.name());
        if (index < 0) {
          throw new IllegalArgumentException(
              "no stage named '" + replacement.name() + "' to replace; stages: " + names(stages));
        }
        stages.set(index, replacement);
      }
      stages.addAll(additions);
      return new Vnie(Pipeline.of(stages));
    }

    /**
     * Sentences, words, tags, the entity rules and, when a name model is found (see {@link
     * ModelStore#names}) and not {@link #rulesOnly()}, the model merged in after the rules.
     */
    private List<Stage> defaultStages() {
      ModelStore store = models == null ? ModelStore.shipped() : ModelStore.folder(models);
      List<Stage> stages = new ArrayList<>();
      stages.add(new SentenceStage());
      stages.add(new SegmentStage(store.segmenter()));
      stages.add(new PosStage(store.tagger()));
      stages.add(new RuleNerStage());
      if (!rulesOnly) {
        store.names().ifPresent(m -> stages.add(new ModelNerStage(m)));
      }
      stages.add(new RelationStage());
      stages.add(new EventStage());
      stages.add(new PersonStage());
      return stages;
    }

    private static int indexOf(List<Stage> stages, String name) {
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).name().equals(name)) {
          return i;
        }
      }
      return -1;
    }

    private static List<String> names(List<Stage> stages) {
      return stages.stream().map(Stage::name).toList();
    }
  }
}
