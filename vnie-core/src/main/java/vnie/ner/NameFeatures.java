package vnie.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features OpenNLP's default name finder configuration gives a token (token class and
 * lowercased token in a window of two either side, {@code def}, the outcome the token had earlier
 * in the document, bigrams and the sentence start), as the same strings in the same order. The
 * specification {@link NameDecoder} follows when it sums their weights; checked against OpenNLP's
 * generator when a model loads ({@link NameDecoder#of}) and in {@code NameDecoderTest}.
 */
final class NameFeatures {
  private static final int WINDOW = 2;

  private final String[] tokens;
  private final String[] lower;
  private final String[] classes;

  /** The tokens of one sentence. */
  NameFeatures(String[] tokens) {
    this.tokens = tokens;
    this.lower = new String[tokens.length];
    this.classes = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = StringUtil.toLowerCase(tokens[i]);
      classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
    }
  }

  /**
   * Adds the features of token {@code i} that do not depend on the outcomes before it; {@code
   * previous} holds the outcome each token had in the sentences before, in this document.
   */
  void addStatic(List<String> out, int i, Map<String, String> previous) {
    out.add("wc=" + classes[i]);
    out.add("w&c=" + lower[i] + "," + classes[i]);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add("p" + k + "wc=" + classes[i - k]);
      out.add("p" + k + "w&c=" + lower[i - k] + "," + classes[i - k]);
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      out.add("n" + k + "wc=" + classes[i + k]);
      out.add("n" + k + "w&c=" + lower[i + k] + "," + classes[i + k]);
    }
    out.add("w=" + lower[i]);
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out.add("p" + k + "w=" + lower[i - k]);
    }
    for (int k = 1; k <= WINDOW && i + k < tokens.length; k++) {
      out.add("n" + k + "w=" + lower[i + k]);
    }
    out.add("def");
    out.add("pd=" + previous.get(tokens[i]));
    if (i > 0) {
      out.add("pw,w=" + tokens[i - 1] + "," + tokens[i]);
      out.add("pwc,wc=" + classes[i - 1] + "," + classes[i]);
    }
    if (i + 1 < tokens.length) {
      out.add("w,nw=" + tokens[i] + "," + tokens[i + 1]);
      out.add("wc,nc=" + classes[i] + "," + classes[i + 1]);
    }
    if (i == 0) {
      out.add("S=begin");
    }
  }
}
