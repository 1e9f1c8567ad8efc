package vnie.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * Trains a {@link NameModel} with OpenNLP's maximum-entropy trainer from labelled documents: each
 * sentence becomes a {@link NameSample} over its syllable tokens, with the labels that start and
 * end on token boundaries (other labels cannot be learnt over these tokens and are counted as
 * skipped). Silver labels are the rule mentions whose provenance is in a high-precision set.
 */
public final class NameModelTrainer {
  /** Rule sources precise enough to teach the model: names after a rank or cue, lexicons, units. */
  public static final Set<String> SILVER_SOURCES =
      Set.of(
          RankRule.SOURCE,
          PersonRule.AFTER_RANK,
          PersonRule.AFTER_CUE,
          PersonRule.SURNAME,
          "countries",
          "places",
          "region",
          LocationRule.CLASSIFIER,
          UnitRule.PATTERN,
          UnitRule.NAMED,
          DateRule.SOURCE);

  /**
   * Training settings.
   *
   * @param iterations iterations of the trainer
   * @param cutoff features seen fewer times are dropped
   * @param types the entity types the model learns
   */
  public record Options(int iterations, int cutoff, Set<EntityType> types) {
    public static Options defaults() {
      return new Options(150, 1, Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.UNIT));
    }
  }

  private final Options options;
  private int skippedLabels;

  public NameModelTrainer(Options options) {
    this.options = options;
  }

  /** The rule mentions of {@code analysed} that come from {@link #SILVER_SOURCES}. */
  public static List<Mention> silverLabels(vnie.core.Document analysed) {
    return analysed.mentions().stream()
        .filter(m -> SILVER_SOURCES.contains(m.provenance().source()))
        .toList();
  }

  /** Trains a model on {@code documents}. */
  public NameModel train(List<LabelledDocument> documents) throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (LabelledDocument d : documents) {
      samples.addAll(samples(d));
    }
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no sentences to train on");
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    return new NameModel(
        NameFinderME.train(
            "vi",
            null,
            new CollectionObjectStream<>(samples),
            params,
            new TokenNameFinderFactory()));
  }

  /** Labels that did not fall on token boundaries in the documents trained on so far. */
  public int skippedLabels() {
    return skippedLabels;
  }

  /** One sample a sentence, the first of the document clearing the finder's memory. */
  List<NameSample> samples(LabelledDocument d) {
    List<NameSample> out = new ArrayList<>();
    for (Sentence s : d.analysed().sentences()) {
      List<Token> tokens = s.tokens();
      List<Span> names = new ArrayList<>();
      for (Mention m : d.labels()) {
        if (!options.types().contains(m.type()) || m.start() < s.start() || m.end() > s.end()) {
          continue;
        }
        int first = tokenStarting(tokens, m.start());
        int last = tokenEnding(tokens, m.end());
        if (first < 0 || last < first) {
          skippedLabels++;
          continue;
        }
        names.add(new Span(first, last + 1, m.type().name()));
      }
      String[] forms = tokens.stream().map(Token::form).toArray(String[]::new);
      out.add(new NameSample(forms, names.toArray(new Span[0]), out.isEmpty()));
    }
    return out;
  }

  private static int tokenStarting(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        return i;
      }
    }
    return -1;
  }

  private static int tokenEnding(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i;
      }
    }
    return -1;
  }
}
