package vnie.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;
import vnie.classify.TokenContext;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Sentence;

/**
 * Trains an {@link EntityModel} with OpenNLP's averaged perceptron: every token of every sentence
 * of the hand-annotated documents is one event, its features written by {@link EntityFeatures} with
 * the gold labels of the tokens before it, its outcome its gold BIO label. Dates are left to the
 * date grammar, so DATE mentions are outside ({@code O}) for the model. Deterministic.
 */
public final class EntityModelTrainer {
  /** The types the model labels. */
  static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.RANK, EntityType.UNIT, EntityType.LOCATION);

  /**
   * Training settings.
   *
   * @param iterations passes of the perceptron over the events
   * @param cutoff features seen fewer times are dropped
   * @param features what the features may use
   */
  public record Settings(int iterations, int cutoff, FeatureGroups features) {
    public static Settings defaults() {
      return new Settings(60, 1, FeatureGroups.all());
    }

    /**
     * The feature options named in {@code list}: some of {@code
     * gazetteers,clusters,rules,document,context}.
     */
    public static FeatureGroups features(String list) {
      for (String name : list.split(",")) {
        if (!name.isBlank() && !FeatureGroups.NAMES.contains(name.strip())) {
          List<String> names = FeatureGroups.NAMES;
          throw new IllegalArgumentException(
              "unknown feature group '"
                  + name.strip()
                  + "': use "
                  + String.join(", ", names.subList(0, names.size() - 1))
                  + " or "
                  + names.get(names.size() - 1));
        }
      }
      return FeatureGroups.parse(list.replace(" ", ""));
    }
  }

  private EntityModelTrainer() {}

  /** Trains on {@code documents} (the rules' analysis of each text with its gold mentions). */
  public static EntityModel train(
      List<LabelledDocument> documents,
      Gazetteers gazetteers,
      WordClusters clusters,
      Settings settings)
      throws IOException {
    List<TokenContext> contexts = new ArrayList<>();
    List<String[]> goldLabels = new ArrayList<>();
    for (LabelledDocument d : documents) {
      List<List<Mention>> gold = bySentence(d.analysed().sentences(), modelled(d.labels()));
      List<List<Mention>> rules = bySentence(d.analysed().sentences(), d.analysed().mentions());
      List<Sentence> sentences = d.analysed().sentences();
      List<RuleLabels> ruleLabels = EntityTagger.ruleLabels(sentences, rules);
      DocumentMemory memory = EntityTagger.memory(sentences, ruleLabels);
      for (int s = 0; s < sentences.size(); s++) {
        Sentence sentence = sentences.get(s);
        contexts.add(
            new EntityFeatures(
                sentence,
                gazetteers,
                clusters,
                ruleLabels.get(s).labels(),
                ruleLabels.get(s).sources(),
                memory,
                settings.features()));
        String[] labels = RuleLabels.of(sentence, gold.get(s)).labels();
        goldLabels.add(labels);
        // The history of earlier sentences holds their gold labels, as the labels before a token
        // are the gold ones: the model learns how far a word's earlier type says its type.
        memory.remember(sentence, labels);
      }
    }
    if (contexts.isEmpty()) {
      throw new IllegalArgumentException("no sentences to train the entity model on");
    }
    MaxentModel classifier = train(contexts, goldLabels, settings);
    Map<String, String> manifest = new HashMap<>();
    manifest.put(EntityModel.FEATURES_ENTRY, settings.features().manifestValue());
    manifest.put("vnie.trainingDocuments", Integer.toString(documents.size()));
    manifest.put("vnie.iterations", Integer.toString(settings.iterations()));
    return new EntityModel(classifier, manifest);
  }

  /**
   * A perceptron over the tokens of {@code contexts}, token by token with the gold labels before
   * each token. (OpenNLP's sequence perceptron, which updates per sentence, scored lower on the
   * development split.)
   */
  static MaxentModel train(List<TokenContext> contexts, List<String[]> gold, Settings settings)
      throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    return trainer.train(TokenContext.goldEventStream(contexts, gold));
  }

  /** The mentions of the types the model labels. */
  static List<Mention> modelled(List<Mention> mentions) {
    return mentions.stream().filter(m -> TYPES.contains(m.type())).toList();
  }

  /** The mentions of each sentence, in text order; mentions outside every sentence are left out. */
  static List<List<Mention>> bySentence(List<Sentence> sentences, List<Mention> mentions) {
    List<List<Mention>> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      out.add(new ArrayList<>());
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    int s = 0;
    for (Mention m : sorted) {
      while (s < sentences.size() && sentences.get(s).end() <= m.start()) {
        s++;
      }
      if (s < sentences.size() && sentences.get(s).start() <= m.start()) {
        out.get(s).add(m);
      }
    }
    return out;
  }
}
