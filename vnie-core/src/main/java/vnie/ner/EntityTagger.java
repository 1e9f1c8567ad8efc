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

  /**
   * The mentions the model finds in each of a document's {@code sentences}, given the rules'
   * mentions of each; the sentences are labelled in order, each seeing what the model found in the
   * ones before ({@link DocumentMemory}).
   */
  public List<List<Mention>> mentions(
      String text, List<Sentence> sentences, List<List<Mention>> ruleMentions) {
    List<RuleLabels> rules = ruleLabels(sentences, ruleMentions);
    DocumentMemory memory = memory(sentences, rules);
    List<List<Mention>> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] labels = labels(sentences.get(s), rules.get(s), memory);
      memory.remember(sentences.get(s), labels);
      out.add(toMentions(text, sentences.get(s), labels, SOURCE));
    }
    return out;
  }

  /** The label of each token of {@code sentence} alone, as the first sentence of a document. */
  String[] labels(Sentence sentence, List<Mention> ruleMentions) {
    List<RuleLabels> rules = ruleLabels(List.of(sentence), List.of(ruleMentions));
    return labels(sentence, rules.get(0), memory(List.of(sentence), rules));
  }

  private String[] labels(Sentence sentence, RuleLabels rules, DocumentMemory memory) {
    return decoder.labels(
        new EntityFeatures(
            sentence, gazetteers, clusters, rules.labels(), rules.sources(), memory, features));
  }

  /** The rules' labels of each sentence. */
  static List<RuleLabels> ruleLabels(List<Sentence> sentences, List<List<Mention>> ruleMentions) {
    List<RuleLabels> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      out.add(RuleLabels.of(sentences.get(s), ruleMentions.get(s)));
    }
    return out;
  }

  /** A fresh memory of the document of {@code sentences}, from the rules' labels. */
  static DocumentMemory memory(List<Sentence> sentences, List<RuleLabels> rules) {
    return DocumentMemory.of(sentences, rules.stream().map(RuleLabels::labels).toList());
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
