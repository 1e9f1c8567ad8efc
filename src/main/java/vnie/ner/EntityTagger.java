package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.classify.TemplatePerceptron;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * Labels the tokens of a sentence with an {@link EntityModel}: left to right, each token takes the
 * label of highest score among those that may follow the previous one ({@code I-X} only after
 * {@code B-X} or {@code I-X}), and the labels become mentions. The weights are summed by a {@link
 * TemplatePerceptron}, without building feature strings. Immutable and thread-safe.
 */
public final class EntityTagger {
  /** The provenance of the model's mentions. */
  public static final String SOURCE = "model:entities";

  private final TemplatePerceptron perceptron;
  private final String[] outcomes;
  private final String[] types;
  private final boolean[] inside;
  private final EntityFeatures.Options features;
  private final Gazetteers gazetteers;
  private final WordClusters clusters;

  private EntityTagger(
      TemplatePerceptron perceptron,
      EntityFeatures.Options features,
      Gazetteers gazetteers,
      WordClusters clusters) {
    this.perceptron = perceptron;
    this.outcomes = perceptron.outcomes().toArray(new String[0]);
    this.types = new String[outcomes.length];
    this.inside = new boolean[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      String label = outcomes[o];
      types[o] = label.length() > 2 ? label.substring(2) : "";
      inside[o] = label.startsWith("I-");
    }
    this.features = features;
    this.gazetteers = gazetteers;
    this.clusters = clusters;
  }

  /**
   * The tagger of {@code model}, looking names up in {@code gazetteers} and {@code clusters}.
   *
   * @throws IllegalArgumentException when the model's classifier is not a perceptron
   */
  public static EntityTagger of(EntityModel model, Gazetteers gazetteers, WordClusters clusters) {
    TemplatePerceptron perceptron =
        TemplatePerceptron.of(model.classifier(), EntityFeatures.ALL_TEMPLATES)
            .orElseThrow(
                () -> new IllegalArgumentException("the entity model is not a perceptron model"));
    return new EntityTagger(perceptron, model.features(), gazetteers, clusters);
  }

  /** The features this tagger's model uses. */
  EntityFeatures.Options features() {
    return features;
  }

  /** The label of each token of {@code sentence}, given the rules' mentions of the document. */
  String[] labels(Sentence sentence, List<Mention> ruleMentions) {
    RuleLabels rules = RuleLabels.of(sentence, ruleMentions);
    EntityFeatures context =
        new EntityFeatures(
            sentence, gazetteers, clusters, rules.labels(), rules.sources(), features);
    int n = context.size();
    String[] labels = new String[n];
    TemplatePerceptron.Scores scores = perceptron.scores();
    for (int i = 0; i < n; i++) {
      scores.clear();
      String previous = i > 0 ? labels[i - 1] : EntityFeatures.START;
      String beforePrevious = i > 1 ? labels[i - 2] : EntityFeatures.START;
      context.add(i, previous, beforePrevious, scores);
      double[] sums = scores.sums();
      int best = -1;
      for (int o = 0; o < sums.length; o++) {
        if (inside[o] && !continues(previous, types[o])) {
          continue;
        }
        if (best < 0 || sums[o] > sums[best]) {
          best = o;
        }
      }
      labels[i] = outcomes[best];
    }
    return labels;
  }

  /** The mentions of {@code sentence} the model finds. */
  public List<Mention> mentions(String text, Sentence sentence, List<Mention> ruleMentions) {
    return toMentions(text, sentence, labels(sentence, ruleMentions), SOURCE);
  }

  private static boolean continues(String previous, String type) {
    return previous.length() > 2
        && previous.endsWith(type)
        && previous.length() == type.length() + 2;
  }

  /** The mentions that BIO {@code labels} of {@code sentence}'s tokens spell. */
  static List<Mention> toMentions(String text, Sentence sentence, String[] labels, String source) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < labels.length) {
      if (!labels[i].startsWith("B-")) {
        i++;
        continue;
      }
      String type = labels[i].substring(2);
      int end = i + 1;
      while (end < labels.length && labels[end].equals("I-" + type)) {
        end++;
      }
      out.add(
          Mention.of(
              text,
              EntityType.parse(type),
              tokens.get(i).start(),
              tokens.get(end - 1).end(),
              "",
              new Provenance(source)));
      i = end;
    }
    return out;
  }
}
