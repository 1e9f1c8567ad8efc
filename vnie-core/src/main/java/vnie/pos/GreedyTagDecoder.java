package vnie.pos;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;
import vnie.classify.TemplatePerceptron;

/**
 * OpenNLP's {@code POSTaggerME} with a beam of 1 over a perceptron model, reproduced without its
 * overheads: features go to a {@link TemplatePerceptron} instead of becoming strings, and the
 * search keeps one sequence instead of sorting scores and queueing candidates.
 *
 * <p>What the beam search does with a beam of 1, and this class with it: at each word, the tags of
 * highest probability that the tag dictionary allows for the word (all tags, for a word it does not
 * list) are candidates; the first in the model's order wins. When the dictionary allows none of the
 * most probable tags, every allowed tag is a candidate, ranked by the sequence score (the sum of
 * the logarithms of the chosen probabilities so far) plus the logarithm of its own; again the first
 * of the best wins. Decisions are taken on the sums of feature weights when they are clearly apart
 * ({@link TemplatePerceptron#clearlyAbove}), else on OpenNLP's exact probabilities and scores.
 *
 * <p>A model whose tag dictionary lists a word with none of the model's tags, which the beam search
 * cannot tag, is left to OpenNLP. Where OpenNLP's beam would drop every sequence of a sentence (its
 * score below the floor of -100,000, after tens of thousands of words without a sentence end), this
 * class goes on. Immutable and thread-safe.
 */
final class GreedyTagDecoder {
  private final TemplatePerceptron perceptron;
  private final String[] outcomes;
  private final Map<String, Integer> outcomeIndex = new HashMap<>();
  private final TagDictionary tagDictionary;

  private GreedyTagDecoder(TemplatePerceptron perceptron, TagDictionary tagDictionary) {
    this.perceptron = perceptron;
    this.outcomes = perceptron.outcomes().toArray(new String[0]);
    for (int o = 0; o < outcomes.length; o++) {
      outcomeIndex.putIfAbsent(outcomes[o], o);
    }
    this.tagDictionary = tagDictionary;
  }

  /**
   * The decoder for {@code model}, or empty when {@code POSTaggerME} would not decode it as this
   * class does: a beam other than 1, a classifier other than an OpenNLP perceptron, a context
   * generator other than {@link WordShapeContext}, another sequence validator, or a tag dictionary
   * with a word none of whose tags the model has.
   */
  static Optional<GreedyTagDecoder> of(POSModel model) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    POSTaggerFactory factory = model.getFactory();
    if (beam == null
        || Integer.parseInt(beam) != 1
        || !(model.getArtifact("pos.model") instanceof MaxentModel classifier)
        || !(factory.getPOSContextGenerator(1) instanceof WordShapeContext)
        || factory.getSequenceValidator().getClass() != DefaultPOSSequenceValidator.class) {
      return Optional.empty();
    }
    TagDictionary tagDictionary = factory.getTagDictionary();
    return TemplatePerceptron.of(classifier, WordShapeContext.ALL_TEMPLATES)
        .map(perceptron -> new GreedyTagDecoder(perceptron, tagDictionary))
        .filter(GreedyTagDecoder::tagsEveryListedWord);
  }

  /** Whether every word of the tag dictionary has at least one tag of the model. */
  private boolean tagsEveryListedWord() {
    if (tagDictionary == null) {
      return true;
    }
    if (!(tagDictionary instanceof Iterable<?> words)) {
      return false;
    }
    for (Object word : words) {
      if (allowed((String) word).length == 0) {
        return false;
      }
    }
    return true;
  }

  /** The tags of {@code forms}. */
  String[] tag(String[] forms) {
    int n = forms.length;
    int k = outcomes.length;
    WordParts words = new WordParts(forms);
    TemplatePerceptron.Scores scores = perceptron.scores();
    double[] history = new double[n * k];
    int[] chosen = new int[n];
    String[] tags = new String[n];
    for (int i = 0; i < n; i++) {
      scores.clear();
      String t1 = i >= 1 ? tags[i - 1] : WordParts.START;
      String t2 = i >= 2 ? tags[i - 2] : WordParts.START;
      WordShapeContext.addFeatures(words, i, t1, t2, 0, scores);
      double[] sums = scores.sums();
      System.arraycopy(sums, 0, history, i * k, k);
      int[] allowed = allowed(forms[i]);
      int tag = clearChoice(sums, allowed);
      if (tag < 0) {
        tag = exactChoice(sums, allowed, history, chosen, i);
      }
      chosen[i] = tag;
      tags[i] = outcomes[tag];
    }
    return tags;
  }

  /** The outcomes the tag dictionary allows for {@code form}, ascending; null for all. */
  private int[] allowed(String form) {
    String[] listed = tagDictionary == null ? null : tagDictionary.getTags(form);
    if (listed == null) {
      return null;
    }
    int[] allowed = new int[listed.length];
    int count = 0;
    for (String tag : listed) {
      Integer o = outcomeIndex.get(tag);
      if (o != null) {
        allowed[count++] = o;
      }
    }
    allowed = Arrays.copyOf(allowed, count);
    Arrays.sort(allowed);
    return allowed;
  }

  /** The beam's choice when the sums alone settle it, else -1. */
  private int clearChoice(double[] sums, int[] allowed) {
    double scale = TemplatePerceptron.scale(sums);
    int best = 0;
    for (int o = 1; o < sums.length; o++) {
      if (sums[o] > sums[best]) {
        best = o;
      }
    }
    if (allowed == null || Arrays.binarySearch(allowed, best) >= 0) {
      // The most probable tag is allowed; it wins if no other is as probable.
      for (int o = 0; o < sums.length; o++) {
        if (o != best && !TemplatePerceptron.clearlyAbove(sums[best], sums[o], scale)) {
          return -1;
        }
      }
      return best;
    }
    // No allowed tag is among the most probable; the most probable allowed one wins.
    int bestAllowed = allowed[0];
    for (int o : allowed) {
      if (sums[o] > sums[bestAllowed]) {
        bestAllowed = o;
      }
    }
    if (!TemplatePerceptron.clearlyAbove(sums[best], sums[bestAllowed], scale)) {
      return -1;
    }
    for (int o : allowed) {
      if (o != bestAllowed && !TemplatePerceptron.clearlyAbove(sums[bestAllowed], sums[o], scale)) {
        return -1;
      }
    }
    return bestAllowed;
  }

  /** The beam's choice at word {@code i}, step by step on OpenNLP's probabilities and scores. */
  private int exactChoice(double[] sums, int[] allowed, double[] history, int[] chosen, int i) {
    double[] p = TemplatePerceptron.probabilities(sums);
    double highest = Arrays.stream(p).max().orElseThrow();
    for (int o = 0; o < p.length; o++) {
      if (p[o] >= highest && isAllowed(allowed, o)) {
        return o;
      }
    }
    double score = sequenceScore(history, chosen, i);
    int choice = -1;
    double choiceScore = 0;
    for (int o = 0; o < p.length; o++) {
      if (isAllowed(allowed, o)) {
        double s = score + StrictMath.log(p[o]);
        if (choice < 0 || s > choiceScore) {
          choice = o;
          choiceScore = s;
        }
      }
    }
    return choice;
  }

  /** The score of the beam's sequence of the first {@code i} tags, summed as OpenNLP sums it. */
  private double sequenceScore(double[] history, int[] chosen, int i) {
    int k = outcomes.length;
    double score = 0;
    for (int j = 0; j < i; j++) {
      double[] p = TemplatePerceptron.probabilities(Arrays.copyOfRange(history, j * k, j * k + k));
      score = score + StrictMath.log(p[chosen[j]]);
    }
    return score;
  }

  private static boolean isAllowed(int[] allowed, int outcome) {
    return allowed == null || Arrays.binarySearch(allowed, outcome) >= 0;
  }
}
