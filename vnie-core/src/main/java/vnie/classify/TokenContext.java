package vnie.classify;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;

/**
 * The features of the tokens of one sentence for a left-to-right labeller: each token's features
 * depend on the token, its neighbours and the two labels chosen before it.
 */
public interface TokenContext {
  /** The label before the first token. */
  String START = "<s>";

  /** The number of tokens. */
  int size();

  /** Writes the features of token {@code i}, given the labels of the two tokens before it. */
  void add(int i, String previous, String beforePrevious, FeatureSink sink);

  /**
   * Writes the features of token {@code i}, given the labels of the tokens before it in {@code
   * labels} ({@link #START} before the first token).
   */
  default void add(int i, String[] labels, FeatureSink sink) {
    add(i, i > 0 ? labels[i - 1] : START, i > 1 ? labels[i - 2] : START, sink);
  }

  /**
   * The training events of a sentence: each token's features given the gold labels before it, with
   * its gold label as the outcome, as the labeller will see them when its own labels are right.
   */
  static List<Event> goldEvents(TokenContext context, String[] gold) {
    List<Event> events = new ArrayList<>(gold.length);
    for (int i = 0; i < gold.length; i++) {
      FeatureStrings strings = new FeatureStrings();
      context.add(i, gold, strings);
      events.add(new Event(gold[i], strings.toArray()));
    }
    return events;
  }
}
