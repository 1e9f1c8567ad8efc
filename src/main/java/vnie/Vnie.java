package vnie;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vnie.core.Document;
import vnie.model.ModelStore;
import vnie.ner.RuleNerStage;
import vnie.pipeline.Pipeline;
import vnie.pipeline.Stage;
import vnie.pos.PosStage;
import vnie.segment.SegmentStage;
import vnie.text.SentenceStage;

/**
 * The entry point for Java users: a pipeline that turns a Vietnamese text into a {@link Document}
 * with sentences, words, tags and entity mentions, all with offsets into the given text.
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
      List<Stage> stages = new ArrayList<>(defaultStages(Optional.ofNullable(models)));
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

    private static List<Stage> defaultStages(Optional<Path> models) {
      ModelStore store = models.map(ModelStore::folder).orElseGet(ModelStore::shipped);
      return List.of(
          new SentenceStage(),
          new SegmentStage(store.segmenter()),
          new PosStage(store.tagger()),
          new RuleNerStage());
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
