package vnie.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;

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

  /**
   * The {@link #goldEvents} of every sentence, {@code contexts.get(s)} with {@code gold.get(s)},
   * written one sentence at a time as the trainer reads them: a corpus's feature strings never all
   * sit in memory at once (OpenNLP's default indexer reads the stream once into a file).
   */
  static ObjectStream<Event> goldEventStream(
      List<? extends TokenContext> contexts, List<String[]> gold) {
    if (contexts.size() != gold.size()) {
      throw new IllegalArgumentException(
          contexts.size() + " sentences but labels for " + gold.size());
    }
    return new ObjectStream<>() {
      private int sentence;
      private Iterator<Event> current = Collections.emptyIterator();

      @Override
      public Event read() {
        while (!current.hasNext()) {
          if (sentence == contexts.size()) {
            return null;
          }
          current = goldEvents(contexts.get(sentence), gold.get(sentence)).iterator();
          sentence++;
        }
        return current.next();
      }

      @Override
      public void reset() {
        sentence = 0;
        current = Collections.emptyIterator();
      }
    };
  }
}
