package vnie;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vnie.core.Document;
import vnie.event.EventModel;
import vnie.event.EventModelStage;
import vnie.event.EventStage;
import vnie.event.PersonStage;
import vnie.event.RelationStage;
import vnie.model.ModelStore;
import vnie.ner.EntityModel;
import vnie.ner.EntityModelStage;
import vnie.ner.EntityTagger;
import vnie.ner.Gazetteers;
import vnie.ner.RuleNerStage;
import vnie.pipeline.Pipeline;
import vnie.pipeline.Stage;
import vnie.pos.PosStage;
import vnie.pos.PosTagger;
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
    private Path userWords;
    private Path gazetteers;
    private boolean rulesOnly;
    private boolean withoutEntityModel;
    private boolean withoutEventModel;
    private EntityModelStage.Merge merge = EntityModelStage.Merge.MODEL_AND_DATES;
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

    /**
     * Adds the words of {@code file} (UTF-8, one a line, syllables separated by spaces or {@code
     * _}) to the word segmenter's lexicon: domain terms and names that it then finds as words, as
     * it finds the words of its own lexicon, without retraining.
     */
    public Builder userWords(Path file) {
      this.userWords = file;
      return this;
    }

    /**
     * Looks names up in the lists of {@code directory} ({@code NAME.txt}) as well as the shipped
     * gazetteers; a list of the same name replaces the shipped one.
     */
    public Builder gazetteers(Path directory) {
      this.gazetteers = directory;
      return this;
    }

    /** How the entity model's mentions and the rules' mentions are combined. */
    public Builder entityMerge(EntityModelStage.Merge newMerge) {
      this.merge = newMerge;
      return this;
    }

    /** Finds entities, relations and events with the rules alone, without the trained models. */
    public Builder rulesOnly() {
      this.rulesOnly = true;
      return this;
    }

    /**
     * Leaves out the entity model but keeps the event model: for entities that come from elsewhere
     * (hand annotations put in place of the rules), which no model may add to.
     */
    public Builder withoutEntityModel() {
      this.withoutEntityModel = true;
      return this;
    }

    /** Leaves out the event model: relations and events come from the rules alone. */
    public Builder withoutEventModel() {
      this.withoutEventModel = true;
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
      ModelStore folder = models == null ? ModelStore.shipped() : ModelStore.folder(models);
      ModelStore store = userWords == null ? folder : folder.withUserWords(userWords);
      // Each model takes a few hundred milliseconds to read, and start-up (the time to the first
      // result) waits for all of them: the tagger and the name model load on threads of their
      // own while this one reads the segmenter and the rules' lexicons.
      ExecutorService loaders =
          Executors.newFixedThreadPool(
              2,
              task -> {
                Thread thread = new Thread(task, "vnie-model-loader");
                thread.setDaemon(true);
                return thread;
              });
      try {
        Future<PosTagger> tagger = loaders.submit(store::tagger);
        Future<Optional<EventModel>> eventModel =
            loaders.submit(
                () -> rulesOnly || withoutEventModel ? Optional.empty() : store.events());
        Future<Optional<EntityTagger>> entityTagger =
            loaders.submit(
                () -> rulesOnly || withoutEntityModel ? Optional.empty() : entityTagger(store));
        List<Stage> stages = new ArrayList<>();
        stages.add(new SentenceStage());
        stages.add(new SegmentStage(store.segmenter()));
        RuleNerStage rules = new RuleNerStage();
        RelationStage relations = new RelationStage();
        EventStage events = new EventStage();
        PersonStage persons = new PersonStage();
        stages.add(new PosStage(loaded(tagger)));
        stages.add(rules);
        loaded(entityTagger).ifPresent(t -> stages.add(new EntityModelStage(t, merge)));
        stages.add(relations);
        stages.add(events);
        loaded(eventModel).ifPresent(m -> stages.add(new EventModelStage(m)));
        stages.add(persons);
        return stages;
      } finally {
        loaders.shutdownNow();
      }
    }

    /** The entity model's tagger with its clusters and gazetteers, when there is a model. */
    private Optional<EntityTagger> entityTagger(ModelStore store) throws IOException {
      Optional<EntityModel> model = store.entities();
      if (model.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          EntityTagger.of(model.get(), Gazetteers.load(gazetteers), store.clusters()));
    }

    /** The loaded model, or the loader's own exception (a missing or broken model file). */
    private static <T> T loaded(Future<T> model) {
      try {
        return model.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while loading the models", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("cannot load a model: " + e.getCause(), e.getCause());
      }
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
