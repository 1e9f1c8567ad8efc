package vnie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vnie.core.Document;
import vnie.core.Layer;
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
import vnie.rules.RulePack;
import vnie.rules.RulePackException;
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

  /**
   * Checks the rule pack in {@code folder} (with the shipped files for those it lacks) as the rules
   * read it when they are built: its manifest, the columns of every row, and what each rule finds
   * wrong in its entries (an unknown cue list, event type or role, a list or marker the code needs
   * that is missing, a priority that is no number …).
   *
   * @return the problems, one a line, each starting with its file and line ({@code
   *     DIR/ner/ranks.tsv:12: …}); empty when the pack can be used
   * @throws IOException when {@code folder} is not a readable folder
   */
  public static List<String> checkRules(Path folder) throws IOException {
    return check(RulePack.load(folder));
  }

  /** Builds every user of {@code pack}, so that it records all its problems, and returns them. */
  private static List<String> check(RulePack pack) {
    List<Runnable> users =
        List.of(
            () -> new RuleNerStage(pack),
            () -> new RelationStage(pack),
            () -> new EventStage(pack),
            () -> {
              try {
                Gazetteers.load(pack, null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    for (Runnable user : users) {
      try {
        user.run();
      } catch (RulePackException e) {
        // Its problems are in the pack; go on to the next user, to report them all at once.
      }
    }
    return pack.problems();
  }

  /** Collects stages; {@link #build()} checks that each stage's inputs are provided. */
  public static final class Builder {
    private Path models;
    private Path userWords;
    private Path gazetteers;
    private Path rules;
    private boolean rulesOnly;
    private boolean withoutEntityModel;
    private boolean withoutEventModel;
    private EntityModelStage.Merge merge = EntityModelStage.Merge.MODEL_FIRST;
    private final List<Stage> replacements = new ArrayList<>();
    private final List<Stage> additions = new ArrayList<>();

    private Builder() {}

    /**
     * Loads the models ({@code segmenter.bin}, {@code pos.bin}, {@code entities.bin}, {@code
     * clusters.tsv}, {@code events.bin}) from {@code directory} instead of the ones shipped with
     * vnie; a file missing there is taken from the shipped models.
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

    /**
     * Uses the rule pack in {@code directory}: its files replace the shipped ones of the same path
     * ({@code ner/ranks.tsv}, {@code event/triggers.tsv} …) and its {@code manifest.tsv} may add
     * files; the shipped files are used for the rest. {@link #build()} checks the whole pack (see
     * {@link Vnie#checkRules}) and fails with every problem when there is one.
     */
    public Builder rules(Path directory) {
      this.rules = directory;
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
     * Leaves out the entity model but keeps the event model: entities from the rules alone, events
     * from the rules and the model. (A stage that {@link #replace replaces} the entity stages needs
     * no such option: it replaces the model too.)
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

    /**
     * Puts {@code stage} in the place of the default stages that provide the same layers, as {@link
     * Pipeline#replace} finds them: a stage that makes the entities (hand annotations, another
     * recogniser) replaces the entity rules and the entity model as one, so that no model adds to
     * its mentions; a stage that refines the entities replaces the entity model alone. Replacements
     * apply in the order given.
     */
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
     * @throws IllegalArgumentException when a replacement provides no layer a default stage
     *     provides, or a stage needs a layer that no stage before it provides; a {@link
     *     RulePackException} when the rule pack has a problem
     * @throws UncheckedIOException when the rule pack's folder cannot be read
     */
    public Vnie build() {
      Pipeline pipeline = Pipeline.of(defaultStages());
      for (Stage replacement : replacements) {
        pipeline = pipeline.replace(replacement);
      }
      List<Stage> stages = new ArrayList<>(pipeline.stages());
      stages.addAll(additions);
      return new Vnie(Pipeline.of(stages));
    }

    /**
     * Sentences, words, tags, the entity rules, relations, events and persons; unless {@link
     * #rulesOnly()} or left out, the entity model after the entity rules and the event model after
     * the event rules, each when its model file is found, or a stand-in when a replacement takes
     * its stage out.
     */
    private List<Stage> defaultStages() {
      ModelStore folder = models == null ? ModelStore.shipped() : ModelStore.folder(models);
      ModelStore store = userWords == null ? folder : folder.withUserWords(userWords);
      RulePack pack = rulePack();
      // Each model takes a few hundred milliseconds to read, and start-up (the time to the first
      // result) waits for all of them: the tagger and the trained models load on two threads of
      // their own while this one reads the segmenter and the rules' lexicons (a third loader was
      // slower on two cores).
      ExecutorService loaders =
          Executors.newFixedThreadPool(
              2,
              task -> {
                Thread thread = new Thread(task, "vnie-model-loader");
                thread.setDaemon(true);
                return thread;
              });
      try {
        // A model whose stage a replacement takes out is not loaded: a stand-in holds its place.
        // The entity model, the longest to load, goes first, to one loader; the tagger and then
        // the event model to the other.
        boolean entityModelWanted = !rulesOnly && !withoutEntityModel;
        boolean entityStandIn = entityModelWanted && replaced(ENTITY_MODEL_REFINES);
        Future<Optional<EntityTagger>> entityTagger =
            loaders.submit(
                () ->
                    entityModelWanted && !entityStandIn
                        ? entityTagger(store, pack)
                        : Optional.empty());
        Future<PosTagger> tagger = loaders.submit(store::tagger);
        boolean eventModelWanted = !rulesOnly && !withoutEventModel;
        boolean eventStandIn = eventModelWanted && replaced(EVENT_MODEL_REFINES);
        // The stages are built on the loaders too: building a model stage indexes its weights,
        // as long as reading the model.
        Future<Optional<EventModelStage>> eventStage =
            loaders.submit(
                () ->
                    eventModelWanted && !eventStandIn
                        ? store.events().map(m -> new EventModelStage(m, pack))
                        : Optional.empty());
        List<Stage> stages = new ArrayList<>();
        stages.add(new SentenceStage());
        stages.add(new SegmentStage(store.segmenter()));
        RuleNerStage ruleStage = new RuleNerStage(pack);
        RelationStage relations = new RelationStage(pack);
        EventStage events = new EventStage(pack);
        PersonStage persons = new PersonStage();
        stages.add(new PosStage(loaded(tagger)));
        stages.add(ruleStage);
        if (entityStandIn) {
          stages.add(standIn(ENTITY_MODEL_REFINES));
        }
        loaded(entityTagger)
            .ifPresent(
                t ->
                    stages.add(
                        refining(new EntityModelStage(t, merge, pack), ENTITY_MODEL_REFINES)));
        stages.add(relations);
        stages.add(events);
        if (eventStandIn) {
          stages.add(standIn(EVENT_MODEL_REFINES));
        }
        loaded(eventStage).ifPresent(m -> stages.add(refining(m, EVENT_MODEL_REFINES)));
        stages.add(persons);
        return stages;
      } finally {
        loaders.shutdownNow();
      }
    }

    /** The layers the entity model's stage refines ({@link EntityModelStage}). */
    private static final Set<Layer> ENTITY_MODEL_REFINES = Set.of(Layer.ENTITIES);

    /** The layers the event model's stage refines ({@link EventModelStage}). */
    private static final Set<Layer> EVENT_MODEL_REFINES = Set.of(Layer.RELATIONS, Layer.EVENTS);

    /** Whether a replacement takes out a default stage that refines {@code layers}. */
    private boolean replaced(Set<Layer> layers) {
      Stage standIn = standIn(layers);
      return replacements.stream().anyMatch(r -> Pipeline.replaces(r, standIn));
    }

    /** {@code stage}, checked to refine exactly {@code layers}, as its stand-in does. */
    private static Stage refining(Stage stage, Set<Layer> layers) {
      if (!stage.provides().equals(layers) || !stage.requires().containsAll(layers)) {
        throw new IllegalStateException(
            "stage '" + stage.name() + "' no longer refines just " + layers + ": update Vnie");
      }
      return stage;
    }

    /**
     * Holds the place of a model's stage that a replacement takes out, so that the model is not
     * loaded: it refines the layers the model's stage refines, and is replaced before it could run.
     */
    private static Stage standIn(Set<Layer> layers) {
      return Stage.of(
          "model refining " + layers,
          layers,
          layers,
          d -> {
            throw new UnsupportedOperationException("a stand-in for a replaced stage, never run");
          });
    }

    /**
     * The shipped rule pack, or the user's after checking it whole.
     *
     * @throws RulePackException with every problem of the user's pack
     */
    private RulePack rulePack() {
      if (rules == null) {
        return RulePack.shipped();
      }
      try {
        RulePack pack = RulePack.load(rules);
        check(pack);
        pack.verify();
        return pack;
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }

    /** The entity model's tagger with its clusters and gazetteers, when there is a model. */
    private Optional<EntityTagger> entityTagger(ModelStore store, RulePack pack)
        throws IOException {
      Optional<EntityModel> model = store.entities();
      if (model.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          EntityTagger.of(model.get(), Gazetteers.load(pack, gazetteers), store.clusters()));
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
  }
}
