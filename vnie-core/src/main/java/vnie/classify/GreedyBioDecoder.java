package vnie.classify;

import java.util.List;

/**
 * Labels the tokens of a sentence left to right with BIO labels ({@code B-X}, {@code I-X}, {@code
 * O}) from a perceptron: each token takes the label of highest score among those that may follow
 * the previous one ({@code I-X} only after {@code B-X} or {@code I-X}); ties go to the label first
 * in the model's order. An outside bias, subtracted from the score of {@code O} where no span is
 * open, trades precision for recall: a model trained on text sparser in its labels than the text it
 * reads is too ready to say {@code O}. Inside a span it does not apply, so that it makes spans more
 * frequent, not longer. Immutable and thread-safe.
 */
public final class GreedyBioDecoder {
  private final TemplatePerceptron perceptron;
  private final String[] outcomes;
  private final String[] types;
  private final boolean[] inside;
  private final double outsideBias;

  /** The decoder of {@code perceptron}, whose outcomes are BIO labels. */
  public GreedyBioDecoder(TemplatePerceptron perceptron) {
    this(perceptron, 0);
  }

  /**
   * The decoder of {@code perceptron} with {@code outsideBias} subtracted from the score of {@code
   * O} (0: the model's own choice; larger: more labels other than {@code O}).
   */
  public GreedyBioDecoder(TemplatePerceptron perceptron, double outsideBias) {
    this.perceptron = perceptron;
    this.outsideBias = outsideBias;
    List<String> labels = perceptron.outcomes();
    outcomes = labels.toArray(new String[0]);
    types = new String[outcomes.length];
    inside = new boolean[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      types[o] = outcomes[o].length() > 2 ? outcomes[o].substring(2) : "";
      inside[o] = outcomes[o].startsWith("I-");
    }
  }

  /** The label of each token of {@code context}. */
  public String[] labels(TokenContext context) {
    int n = context.size();
    String[] labels = new String[n];
    TemplatePerceptron.Scores scores = perceptron.scores();
    for (int i = 0; i < n; i++) {
      scores.clear();
      String previous = i > 0 ? labels[i - 1] : TokenContext.START;
      String beforePrevious = i > 1 ? labels[i - 2] : TokenContext.START;
      context.add(i, previous, beforePrevious, scores);
      double[] sums = scores.sums();
      // The bias weighs on whether a label starts, not on how far it runs: inside a span the
      // model alone decides where it ends.
      boolean outside = !previous.startsWith("B-") && !previous.startsWith("I-");
      int best = -1;
      double bestScore = 0;
      for (int o = 0; o < sums.length; o++) {
        if (inside[o] && !continues(previous, types[o])) {
          continue;
        }
        double score = types[o].isEmpty() && outside ? sums[o] - outsideBias : sums[o];
        if (best < 0 || score > bestScore) {
          best = o;
          bestScore = score;
        }
      }
      labels[i] = outcomes[best];
    }
    return labels;
  }

  /** Whether {@code previous} is {@code B-type} or {@code I-type}. */
  public static boolean continues(String previous, String type) {
    return previous.length() == type.length() + 2
        && (previous.startsWith("B-") || previous.startsWith("I-"))
        && previous.endsWith(type);
  }
}
