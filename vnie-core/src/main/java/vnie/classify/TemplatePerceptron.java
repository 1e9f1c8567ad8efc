package vnie.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * An OpenNLP perceptron model whose features are found by their template and parts instead of by
 * their strings. OpenNLP's {@code eval} builds and hashes one string per feature and looks it up in
 * a map of all features; here the parts (words the caller already holds, with their hash codes
 * cached) lead through a small trie per template to the same weights. The weights are added in the
 * order the features come, as OpenNLP adds them, so every sum is OpenNLP's to the last bit.
 *
 * <p>The model is read once through OpenNLP's public {@link AbstractModel#getDataStructures()};
 * loading, training and the model files stay OpenNLP's. Immutable and thread-safe; each call scores
 * with its own {@link Scores}.
 */
public final class TemplatePerceptron {
  /**
   * The gap between two sums, relative to {@link #scale}, beyond which OpenNLP's probabilities of
   * them are certainly ordered the same way. OpenNLP's probability of a sum is {@code exp(sum /
   * scale) / normal}, with exponents between -1 and 1; a gap of 1e-9 in the exponents is seven
   * orders of magnitude above the rounding of the division, {@code exp} and {@code log} (about
   * 1e-16 each), and above the rounding (1.5e-11) of a beam search score as large as 1e5.
   */
  private static final double CLEAR_GAP = 1e-9;

  private static final int ASCII = 128;

  private final String[] outcomes;
  private final PartNumbers partNumbers = new PartNumbers();
  private final PartTable table;
  private final int[] constants;
  private final double[] weights;

  private TemplatePerceptron(AbstractModel model, List<FeatureTemplate> templates) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked") // getDataStructures() documents the map of features at 1
    Map<String, Context> features = (Map<String, Context>) data[1];
    outcomes = ((String[]) data[2]).clone();
    constants = new int[templates.size()];
    Arrays.fill(constants, -1);
    for (int t = 0; t < templates.size(); t++) {
      if (templates.get(t).index() != t) {
        throw new IllegalArgumentException("templates out of order at " + t);
      }
    }
    List<Placement> placements = new ArrayList<>();
    List<List<FeatureTemplate>> byFirst = byFirstCharacter(templates);
    // The loop bodies are methods of their own: vnie runs without on-stack replacement, so a loop
    // in a method called once stays interpreted, while a method called per feature is compiled.
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      place(feature.getKey(), feature.getValue(), byFirst, placements);
    }
    // The features of the same parts (w=X, w-1=X; b=X|Y, b-=X|Y) get neighbouring weight
    // records, so that the features of a word share cache lines.
    placements.sort(BY_PARTS);
    // Sized once: start-up runs this mostly interpreted, where every rehash shows.
    table = new PartTable(templates.size(), placements.size());
    WeightRecords records = new WeightRecords();
    IdentityHashMap<Context, Integer> recordOf = new IdentityHashMap<>(features.size());
    for (Placement p : placements) {
      enter(p, recordOf.computeIfAbsent(p.weights(), records::add));
    }
    weights = records.toArray();
  }

  /** Places the feature {@code text} under each template it may belong to. */
  private void place(
      String text,
      Context weights,
      List<List<FeatureTemplate>> byFirst,
      List<Placement> placements) {
    char first = text.isEmpty() ? 0 : text.charAt(0);
    for (FeatureTemplate t : byFirst.get(first < ASCII ? first : ASCII)) {
      if (text.startsWith(t.prefix())) {
        cut(t, text, t.prefix().length(), t.parts(), new int[0], weights, placements);
      }
    }
  }

  /**
   * Enters the weight record {@code record} in the table under the template and parts of {@code p}.
   */
  private void enter(Placement p, int record) {
    if (p.parts().length == 0) {
      constants[p.template()] = record;
      return;
    }
    int node = p.template();
    for (int k = 0; k < p.parts().length - 1; k++) {
      node = table.childOrNew(node, p.parts()[k]);
    }
    table.put(node, p.parts()[p.parts().length - 1], record);
  }

  /**
   * The templates a feature may belong to, by the feature's first character (index {@link #ASCII}
   * for any other): testing every template's prefix against each of a model's hundreds of thousands
   * of features was half the start-up time of vnie.
   */
  private static List<List<FeatureTemplate>> byFirstCharacter(List<FeatureTemplate> templates) {
    List<List<FeatureTemplate>> out = new ArrayList<>();
    for (int c = 0; c <= ASCII; c++) {
      List<FeatureTemplate> bucket = new ArrayList<>();
      for (FeatureTemplate t : templates) {
        String prefix = t.prefix();
        if (prefix.isEmpty() || c == ASCII || prefix.charAt(0) == c) {
          bucket.add(t);
        }
      }
      out.add(bucket);
    }
    return out;
  }

  /** A feature's weights under a template and a cut of its text into part numbers. */
  // A private, short-lived value of the table's construction: the array is never shared or
  // compared by the record's equals.
  @SuppressWarnings("ArrayRecordComponent")
  private record Placement(int template, int[] parts, Context weights) {}

  private static final Comparator<Placement> BY_PARTS =
      (a, b) -> {
        int byParts = Arrays.compare(a.parts(), b.parts());
        return byParts != 0 ? byParts : Integer.compare(a.template(), b.template());
      };

  /**
   * Places the feature {@code text} of template {@code t} under every way of cutting its text after
   * {@code from} into {@code parts} parts joined by the template's separator: a part may itself
   * contain the separator (a word {@code |}), and the table cannot know which cut the generator
   * made.
   */
  private void cut(
      FeatureTemplate t,
      String text,
      int from,
      int parts,
      int[] before,
      Context weights,
      List<Placement> placements) {
    if (parts == 0) {
      if (from == text.length()) {
        placements.add(new Placement(t.index(), before, weights));
      }
      return;
    }
    if (parts == 1) {
      placements.add(new Placement(t.index(), append(before, text.substring(from)), weights));
      return;
    }
    String separator = t.separator();
    for (int end = from; end <= text.length(); end++) {
      if (text.startsWith(separator, end)) {
        int[] cutSoFar = append(before, text.substring(from, end));
        cut(t, text, end + separator.length(), parts - 1, cutSoFar, weights, placements);
      }
    }
  }

  private int[] append(int[] numbers, String part) {
    int[] longer = Arrays.copyOf(numbers, numbers.length + 1);
    longer[numbers.length] = partNumbers.numberOrNew(part);
    return longer;
  }

  /**
   * {@code model} with its features found through {@code templates} (all of a generator's
   * templates, in order), or empty when the model is not an OpenNLP perceptron, whose arithmetic
   * this class reproduces.
   */
  public static Optional<TemplatePerceptron> of(
      MaxentModel model, List<FeatureTemplate> templates) {
    if (model.getClass() != PerceptronModel.class) {
      return Optional.empty();
    }
    return Optional.of(new TemplatePerceptron((AbstractModel) model, templates));
  }

  /** The outcomes, in the model's order (the indices of the sums). */
  public List<String> outcomes() {
    return List.of(outcomes);
  }

  /** A fresh accumulator of sums for one call. */
  public Scores scores() {
    return new Scores();
  }

  /**
   * The probabilities OpenNLP's {@code PerceptronModel.eval} gives for these sums, computed by the
   * same steps in the same order, so they are equal to the last bit.
   */
  public static double[] probabilities(double[] sums) {
    double[] p = sums.clone();
    double scale = scale(sums);
    double normal = 0.0;
    for (int o = 0; o < p.length; o++) {
      p[o] = StrictMath.exp(p[o] / scale);
      normal += p[o];
    }
    for (int o = 0; o < p.length; o++) {
      p[o] /= normal;
    }
    return p;
  }

  /** The divisor OpenNLP normalizes sums by: the largest magnitude among them, at least 1. */
  public static double scale(double[] sums) {
    double scale = 1;
    for (double s : sums) {
      if (scale < StrictMath.abs(s)) {
        scale = StrictMath.abs(s);
      }
    }
    return scale;
  }

  /**
   * Whether sum {@code a} is so far above sum {@code b} that OpenNLP's probability of {@code a} is
   * strictly greater, and stays so as a logarithm added to a beam search score ({@link
   * #CLEAR_GAP}). When neither of two sums is clearly above the other, decide on {@link
   * #probabilities}.
   */
  public static boolean clearlyAbove(double a, double b, double scale) {
    return a - b > scale * CLEAR_GAP;
  }

  /**
   * The sums of the weights of the features it receives, one per outcome: OpenNLP's scores before
   * normalization. Confined to the call that made it.
   */
  public final class Scores implements FeatureSink {
    private final double[] sums = new double[outcomes.length];
    // The part numbers of the strings seen in this call, by identity: a sentence's words come
    // back in many features, and a look-up here stays in the processor's cache.
    private String[] seen = new String[64];
    private int[] seenNumbers = new int[64];
    private int seenCount;

    private Scores() {}

    /** Starts a new decision. */
    public void clear() {
      Arrays.fill(sums, 0);
    }

    /** The sums so far, indexed as {@link #outcomes()}; the live array, not a copy. */
    public double[] sums() {
      return sums;
    }

    @Override
    public void add(FeatureTemplate template) {
      addWeights(constants[template.index()]);
    }

    @Override
    public void add(FeatureTemplate template, String part) {
      addWeights(table.get(template.index(), number(part)));
    }

    @Override
    public void add(FeatureTemplate template, String first, String second) {
      int node = table.get(template.index(), number(first));
      addWeights(table.get(node, number(second)));
    }

    @Override
    public void add(FeatureTemplate template, String first, String second, String third) {
      int node = table.get(template.index(), number(first));
      node = table.get(node, number(second));
      addWeights(table.get(node, number(third)));
    }

    private void addWeights(int record) {
      if (record < 0) {
        return;
      }
      int end = record + 1 + 2 * (int) weights[record];
      for (int k = record + 1; k < end; k += 2) {
        sums[(int) weights[k]] += weights[k + 1];
      }
    }

    /** The part number of {@code part}, or -1 when no feature of the model has it. */
    @SuppressWarnings("ReferenceEquality") // a memo of these very objects; equal copies may miss
    private int number(String part) {
      int mask = seen.length - 1;
      for (int s = part.hashCode() & mask; ; s = (s + 1) & mask) {
        if (seen[s] == part) {
          return seenNumbers[s];
        }
        if (seen[s] == null) {
          int number = partNumbers.get(part);
          remember(s, part, number);
          return number;
        }
      }
    }

    private void remember(int slot, String part, int number) {
      seen[slot] = part;
      seenNumbers[slot] = number;
      if (2 * ++seenCount > seen.length) {
        String[] oldSeen = seen;
        int[] oldNumbers = seenNumbers;
        seen = new String[2 * oldSeen.length];
        seenNumbers = new int[seen.length];
        int mask = seen.length - 1;
        for (int k = 0; k < oldSeen.length; k++) {
          if (oldSeen[k] != null) {
            int s = oldSeen[k].hashCode() & mask;
            while (seen[s] != null) {
              s = (s + 1) & mask;
            }
            seen[s] = oldSeen[k];
            seenNumbers[s] = oldNumbers[k];
          }
        }
      }
    }
  }
}
