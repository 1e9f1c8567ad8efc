package vnie.classify;

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
}
