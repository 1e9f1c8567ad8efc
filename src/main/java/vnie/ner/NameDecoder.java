package vnie.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code NameFinderME} with a maximum-entropy model, beam search of the model's beam
 * size, and the default features ({@link NameFeatures}), giving the same spans and probabilities
 * bit for bit, several times faster: the features that do not depend on earlier outcomes are
 * generated and weighed once per token instead of once per token and beam entry, and each token is
 * lowercased and classified once instead of once per window position. The search itself is
 * OpenNLP's, step by step (same queues, same ties), and the sums are made in OpenNLP's order.
 * Immutable; the outcomes of earlier sentences (OpenNLP's adaptive data) are passed in by the
 * caller, one map per document.
 */
final class NameDecoder {
  private static final String OTHER = "other";
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final String CLASSIFIER_ENTRY = "nameFinder.model";
  private static final String MANIFEST_ENTRY = "manifest.properties";

  /** A sentence with tokens of many classes, to compare features with OpenNLP's. */
  private static final String PROBE =
      "Ngày 25/4/1945 , Trung úy A. Kotzebue ( SS ) gặp 2 đơn vị 69-A , 1.000 lính USA ở 東京 .";

  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final double logPrior;
  private final int beamSize;
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;

  /**
   * A decoder over {@code model}'s weights ({@code predicates} is its map from feature to weights,
   * OpenNLP's {@code pmap}).
   */
  NameDecoder(
      MaxentModel model,
      Map<String, Context> predicates,
      int beamSize,
      SequenceCodec<String> codec) {
    this.weights = Map.copyOf(predicates);
    this.outcomes = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = model.getOutcome(i);
    }
    // OpenNLP's UniformPrior.
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.beamSize = beamSize;
    this.codec = codec;
    this.validator = codec.createSequenceValidator();
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
    return Optional.of(
        new NameDecoder(gis, predicates, beamSize, model.getFactory().createSequenceCodec()));
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
    NameFeatures features = new NameFeatures(tokens);
    double[][] fixed = new double[tokens.length][];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      names.clear();
      features.addStatic(names, i, previous);
      double[] sums = new double[outcomes.length];
      Arrays.fill(sums, logPrior);
      for (String name : names) {
        add(sums, weights.get(name));
      }
      fixed[i] = sums;
    }
    Sequence best = bestSequence(tokens, features, fixed);
    List<String> tags = best.getOutcomes();
    for (int i = 0; i < tokens.length; i++) {
      previous.put(tokens[i], tags.get(i));
    }
    double[] probs = best.getProbs();
    Span[] spans = codec.decode(tags);
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
        p += probs[i];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  /** OpenNLP's {@code BeamSearch.bestSequences} for one sequence, step by step. */
  private Sequence bestSequence(String[] tokens, NameFeatures features, double[][] fixed) {
    Queue<Sequence> prev = new PriorityQueue<>(beamSize);
    Queue<Sequence> next = new PriorityQueue<>(beamSize);
    prev.add(new Sequence());
    for (int i = 0; i < tokens.length; i++) {
      int sz = Math.min(beamSize, prev.size());
      for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
        Sequence top = prev.remove();
        String[] before = top.getOutcomes().toArray(new String[0]);
        double[] scores = probabilities(i, tokens, features, fixed[i], before);
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double min = sorted[Math.max(0, scores.length - beamSize)];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            extend(next, top, i, tokens, before, p, scores[p]);
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < scores.length; p++) {
            extend(next, top, i, tokens, before, p, scores[p]);
          }
        }
      }
      prev.clear();
      Queue<Sequence> swap = prev;
      prev = next;
      next = swap;
    }
    return prev.remove();
  }

  private void extend(
      Queue<Sequence> next,
      Sequence top,
      int i,
      String[] tokens,
      String[] before,
      int outcome,
      double probability) {
    String tag = outcomes[outcome];
    if (validator.validSequence(i, tokens, before, tag)) {
      Sequence extended = new Sequence(top, tag, probability);
      if (extended.getScore() > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
    }
  }

  /**
   * The model's distribution at token {@code i} after the outcomes {@code before}: the fixed sums
   * plus the weights of the features of the previous outcomes, in OpenNLP's order, then GIS's
   * normalisation.
   */
  private double[] probabilities(
      int i, String[] tokens, NameFeatures features, double[] fixed, String[] before) {
    String po = i > 0 ? before[i - 1] : OTHER;
    String ppo = i > 1 ? before[i - 2] : OTHER;
    double[] sums = fixed.clone();
    add(sums, weights.get("po=" + po));
    add(sums, weights.get("pow=" + po + "," + tokens[i]));
    add(sums, weights.get("powf=" + po + "," + features.tokenClass(i)));
    add(sums, weights.get("ppo=" + ppo));
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

  private static void add(double[] sums, Context context) {
    if (context == null) {
      return;
    }
    int[] outcomeIds = context.getOutcomes();
    double[] parameters = context.getParameters();
    for (int k = 0; k < outcomeIds.length; k++) {
      sums[outcomeIds[k]] += parameters[k];
    }
  }
}
