package vnie.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code NameFinderME} with a maximum-entropy model, beam search of the model's beam
 * size, and the default features ({@link NameFeatures}), giving the same spans and probabilities
 * bit for bit, several times faster: the weights of the features a token form brings to its window
 * are looked up once per form ({@link TokenWeights}, kept across documents) instead of built as
 * strings and looked up at every position and beam entry; the features that do not depend on
 * earlier outcomes are summed once per token; a path of outcomes links to its prefix instead of
 * being copied at each step. The search is OpenNLP's, step by step (same queues, same ties), and
 * the sums are made in OpenNLP's order. Thread-safe; the outcomes of earlier sentences (OpenNLP's
 * adaptive data) are passed in by the caller, one map per document.
 */
final class NameDecoder {
  private static final String OTHER = "other";
  private static final int WINDOW = 2;
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final String CLASSIFIER_ENTRY = "nameFinder.model";
  private static final String MANIFEST_ENTRY = "manifest.properties";

  /** A sentence with tokens of many classes, to compare features with OpenNLP's. */
  private static final String PROBE =
      "Ngày 25/4/1945 , Trung úy A. Kotzebue ( SS ) gặp 2 đơn vị 69-A , 1.000 lính USA ở 東京 .";

  /** The classes of OpenNLP's {@code FeatureGeneratorUtil.tokenFeature}. */
  private static final List<String> TOKEN_CLASSES =
      List.of(
          "jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp",
          "ic", "other");

  /** Forms kept in {@link #tokens} before it starts afresh (a few tens of MB at most). */
  private static final int MAX_CACHED_FORMS = 50_000;

  /** OpenNLP's {@code Sequence.compareTo}: the higher score first. */
  private static final Comparator<Path> BY_SCORE = (a, b) -> Double.compare(b.score(), a.score());

  /**
   * A sequence of outcomes as OpenNLP's {@code Sequence} scores it (the sum of the logarithms of
   * the probabilities), linked to its prefix instead of copied at each step.
   */
  private record Path(Path parent, int outcome, double probability, double score, int length) {
    static final Path START = new Path(null, -1, 1, 0, 0);

    Path then(int next, double p) {
      return new Path(this, next, p, score + StrictMath.log(p), length + 1);
    }
  }

  private final Map<String, double[]> weights;
  private final String[] outcomes;
  private final int otherOutcome;
  private final double logPrior;
  private final int beamSize;
  private final SequenceCodec<String> codec;

  /**
   * Whether outcome {@code o} may follow outcome {@code p}: {@code valid[p + 1][o]}, row 0 for the
   * sentence start; asked of the codec's own validator, which looks at the last outcome only.
   */
  private final boolean[][] valid;

  private final double[] definition;
  private final double[] sentenceBegin;
  private final double[][] previousOutcome;
  private final double[][] beforePreviousOutcome;
  private final double[][] earlierOutcome;
  private final double[] earlierNone;
  private final double[][][] classBigramBefore;
  private final double[][][] classBigramAfter;

  /**
   * The weights of each token form, shared by all threads: a pure function of the form, so a lost
   * or repeated computation changes nothing.
   */
  private final Map<String, TokenWeights> tokens = new ConcurrentHashMap<>();

  /**
   * A decoder over {@code model}'s weights ({@code predicates} is its map from feature to weights,
   * OpenNLP's {@code pmap}).
   */
  NameDecoder(
      MaxentModel model,
      Map<String, Context> predicates,
      int beamSize,
      SequenceCodec<String> codec) {
    this.outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    this.weights = dense(predicates, outcomes.length);
    this.otherOutcome = Arrays.asList(outcomes).indexOf(OTHER);
    // OpenNLP's UniformPrior.
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.beamSize = beamSize;
    this.codec = codec;
    SequenceValidator<String> validator = codec.createSequenceValidator();
    this.valid = new boolean[outcomes.length + 1][outcomes.length];
    String[] none = {};
    for (int o = 0; o < outcomes.length; o++) {
      valid[0][o] = validator.validSequence(0, none, none, outcomes[o]);
      for (int p = 0; p < outcomes.length; p++) {
        valid[p + 1][o] = validator.validSequence(1, none, new String[] {outcomes[p]}, outcomes[o]);
      }
    }
    this.definition = weights.get("def");
    this.sentenceBegin = weights.get("S=begin");
    this.previousOutcome = new double[outcomes.length][];
    this.beforePreviousOutcome = new double[outcomes.length][];
    this.earlierOutcome = new double[outcomes.length][];
    for (int o = 0; o < outcomes.length; o++) {
      previousOutcome[o] = weights.get("po=" + outcomes[o]);
      beforePreviousOutcome[o] = weights.get("ppo=" + outcomes[o]);
      earlierOutcome[o] = weights.get("pd=" + outcomes[o]);
    }
    this.earlierNone = weights.get("pd=null");
    int classes = TOKEN_CLASSES.size();
    this.classBigramBefore = new double[classes][classes][];
    this.classBigramAfter = new double[classes][classes][];
    for (int a = 0; a < classes; a++) {
      for (int b = 0; b < classes; b++) {
        String pair = TOKEN_CLASSES.get(a) + "," + TOKEN_CLASSES.get(b);
        classBigramBefore[a][b] = weights.get("pwc,wc=" + pair);
        classBigramAfter[a][b] = weights.get("wc,nc=" + pair);
      }
    }
  }

  /**
   * A decoder for {@code model}, or empty when it is not one this class reproduces: a
   * maximum-entropy model whose features are the default ones (compared on a probe sentence with
   * those of the model's own feature generator).
   */
  static Optional<NameDecoder> of(TokenNameFinderModel model) {
    Object classifier = model.getArtifact(CLASSIFIER_ENTRY);
    AdaptiveFeatureGenerator generator = model.getFactory().createFeatureGenerators();
    if (!(classifier instanceof GISModel gis) || generator == null || !sameFeatures(generator)) {
      return Optional.empty();
    }
    Properties manifest = model.getArtifact(MANIFEST_ENTRY);
    String beam = manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    @SuppressWarnings("unchecked") // GISModel's data structures are [parameters, pmap, outcomes]
    Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
    SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
    if (!(codec instanceof BioCodec)) {
      return Optional.empty();
    }
    NameDecoder decoder = new NameDecoder(gis, predicates, beamSize, codec);
    return decoder.otherOutcome < 0 ? Optional.empty() : Optional.of(decoder);
  }

  static boolean sameFeatures(AdaptiveFeatureGenerator generator) {
    String[] tokens = PROBE.split(" ");
    NameFeatures ours = new NameFeatures(tokens);
    for (int i = 0; i < tokens.length; i++) {
      List<String> expected = new ArrayList<>();
      generator.createFeatures(expected, tokens, i, new String[0]);
      List<String> actual = new ArrayList<>();
      ours.addStatic(actual, i, Map.of());
      if (!expected.equals(actual)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The names in one sentence, with their probabilities; adds the sentence's outcomes to {@code
   * previous}, as OpenNLP's adaptive data.
   */
  Span[] find(String[] tokens, Map<String, String> previous) {
    TokenWeights[] forms = new TokenWeights[tokens.length];
    int[] classes = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      forms[i] = weightsOf(tokens[i]);
      classes[i] = TOKEN_CLASSES.indexOf(forms[i].tokenClass());
    }
    double[][] fixed = new double[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      fixed[i] = fixedSums(tokens, forms, classes, i, previous);
    }
    Path best = bestPath(forms, fixed);
    String[] tags = new String[tokens.length];
    double[] probs = new double[tokens.length];
    for (Path p = best; p.length() > 0; p = p.parent()) {
      tags[p.length() - 1] = outcomes[p.outcome()];
      probs[p.length() - 1] = p.probability();
    }
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], tags[i]);
    }
    Span[] spans = codec.decode(Arrays.asList(tags));
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  /**
   * OpenNLP's {@code BeamSearch.bestSequences} for one sequence, step by step: the same queues
   * ordered the same way (a higher score first), so ties fall the same way.
   */
  private Path bestPath(TokenWeights[] forms, double[][] fixed) {
    Queue<Path> prev = new PriorityQueue<>(beamSize, BY_SCORE);
    Queue<Path> next = new PriorityQueue<>(beamSize, BY_SCORE);
    prev.add(Path.START);
    for (int i = 0; i < forms.length; i++) {
      int sz = Math.min(beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Path top = prev.remove();
        double[] scores = probabilities(top, forms[i], fixed[i]);
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, scores.length - beamSize)];
        for (int o = 0; o < scores.length; o++) {
          if (scores[o] >= min) {
            extend(next, top, o, scores[o]);
          }
        }
        if (next.isEmpty()) {
          for (int o = 0; o < scores.length; o++) {
            extend(next, top, o, scores[o]);
          }
        }
      }
      prev.clear();
      Queue<Path> swap = prev;
      prev = next;
      next = swap;
    }
    return prev.remove();
  }

  private void extend(Queue<Path> next, Path top, int outcome, double probability) {
    if (valid[top.outcome() + 1][outcome]) {
      Path extended = top.then(outcome, probability);
      if (extended.score() > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
    }
  }

  /**
   * The weights of the features of token {@code i} that do not depend on the outcomes before it,
   * summed in the order of {@link NameFeatures#addStatic} (OpenNLP's) from the prior.
   */
  private double[] fixedSums(
      String[] tokens, TokenWeights[] forms, int[] classes, int i, Map<String, String> previous) {
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    add(sums, forms[i].wordClass(TokenWeights.HERE));
    add(sums, forms[i].wordAndClass(TokenWeights.HERE));
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      add(sums, forms[i - k].wordClass(k));
      add(sums, forms[i - k].wordAndClass(k));
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      add(sums, forms[i + k].wordClass(WINDOW + k));
      add(sums, forms[i + k].wordAndClass(WINDOW + k));
    }
    add(sums, forms[i].word(TokenWeights.HERE));
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      add(sums, forms[i - k].word(k));
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      add(sums, forms[i + k].word(WINDOW + k));
    }
    add(sums, definition);
    String earlier = previous.get(tokens[i]);
    add(sums, earlier == null ? earlierNone : earlierOutcome[outcomeIndex(earlier)]);
    if (i > 0) {
      add(sums, weights.get("pw,w=" + tokens[i - 1] + "," + tokens[i]));
      add(sums, classBigramBefore[classes[i - 1]][classes[i]]);
    }
    if (i + 1 < tokens.length) {
      add(sums, weights.get("w,nw=" + tokens[i] + "," + tokens[i + 1]));
      add(sums, classBigramAfter[classes[i]][classes[i + 1]]);
    }
    if (i == 0) {
      add(sums, sentenceBegin);
    }
    return sums;
  }

  /**
   * The model's distribution at the token after {@code path}: its fixed sums plus the weights of
   * the features of the previous outcomes, in OpenNLP's order, then GIS's normalisation.
   */
  private double[] probabilities(Path path, TokenWeights form, double[] fixed) {
    int po = path.length() > 0 ? path.outcome() : otherOutcome;
    int ppo = path.length() > 1 ? path.parent().outcome() : otherOutcome;
    double[] sums = fixed.clone();
    add(sums, previousOutcome[po]);
    add(sums, form.afterOutcome(po));
    add(sums, form.afterOutcomeClass(po));
    add(sums, beforePreviousOutcome[ppo]);
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
    return sums;
  }

  private int outcomeIndex(String outcome) {
    for (int o = 0; o < outcomes.length; o++) {
      if (outcomes[o].equals(outcome)) {
        return o;
      }
    }
    throw new IllegalArgumentException("not an outcome of the model: " + outcome);
  }

  private TokenWeights weightsOf(String form) {
    TokenWeights known = tokens.get(form);
    if (known != null) {
      return known;
    }
    if (tokens.size() >= MAX_CACHED_FORMS) {
      tokens.clear();
    }
    TokenWeights computed = new TokenWeights(form, weights, outcomes);
    tokens.put(form, computed);
    return computed;
  }

  /**
   * Adds the weights of one feature. Dense: an outcome the feature has no weight for adds 0.0,
   * which leaves any sum as OpenNLP's (a sum is never -0.0, the one value it would change).
   */
  private static void add(double[] sums, double[] weights) {
    if (weights == null) {
      return;
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] += weights[o];
    }
  }

  /** The weights of each feature as one value per outcome. */
  private static Map<String, double[]> dense(Map<String, Context> predicates, int outcomes) {
    Map<String, double[]> out = new HashMap<>(predicates.size() * 2);
    predicates.forEach(
        (name, context) -> {
          double[] weights = new double[outcomes];
          int[] ids = context.getOutcomes();
          double[] parameters = context.getParameters();
          for (int k = 0; k < ids.length; k++) {
            weights[ids[k]] += parameters[k];
          }
          out.put(name, weights);
        });
    return out;
  }
}
