package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.classify.GreedyBioDecoder;
import vnie.classify.TemplatePerceptron;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * Labels the tokens of a sentence with an {@link EntityModel} ({@link GreedyBioDecoder}, its
 * weights summed by a {@link TemplatePerceptron} without building feature strings) and turns the
 * labels into mentions. Immutable and thread-safe.
 */
public final class EntityTagger {
  /** The provenance of the model's mentions. */
  public static final String SOURCE = "model:entities";

  private final GreedyBioDecoder decoder;
  private final FeatureGroups features;
  private final Gazetteers gazetteers;
  private final WordClusters clusters;

  private EntityTagger(
      TemplatePerceptron perceptron,
      FeatureGroups features,
      Gazetteers gazetteers,
      WordClusters clusters) {
    this.decoder = new GreedyBioDecoder(perceptron);
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
  FeatureGroups features() {
    return features;
  }

  /** The label of each token of {@code sentence}, given the rules' mentions of the document. */
  String[] labels(Sentence sentence, List<Mention> ruleMentions) {
    RuleLabels rules = RuleLabels.of(sentence, ruleMentions);
    return decoder.labels(
        new EntityFeatures(
            sentence, gazetteers, clusters, rules.labels(), rules.sources(), features));
  }

  /** The mentions of {@code sentence} the model finds. */
  public List<Mention> mentions(String text, Sentence sentence, List<Mention> ruleMentions) {
    return toMentions(text, sentence, labels(sentence, ruleMentions), SOURCE);
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
