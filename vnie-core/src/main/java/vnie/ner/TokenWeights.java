package vnie.ner;

import java.util.Map;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name model's weights of the features one token form brings wherever it stands: its class, its
 * lowercased form with and without the class at each position of the window ({@code wc=}, {@code
 * p1w&c=}, {@code n2w=} …), and after each previous outcome ({@code pow=}, {@code powf=}). Looked
 * up once per form and kept, so a sentence needs no feature string for them. Null where the model
 * has no weight for the feature. Immutable.
 */
final class TokenWeights {
  /** The window positions in OpenNLP's order: the token, then before it, then after it. */
  static final String[] POSITIONS = {"", "p1", "p2", "n1", "n2"};

  static final int HERE = 0;

  private final String tokenClass;
  private final double[][] wordClass;
  private final double[][] wordAndClass;
  private final double[][] word;
  private final double[][] afterOutcome;
  private final double[][] afterOutcomeClass;

  TokenWeights(String form, Map<String, double[]> weights, String[] outcomes) {
    String lower = StringUtil.toLowerCase(form);
    tokenClass = FeatureGeneratorUtil.tokenFeature(form);
    wordClass = new double[POSITIONS.length][];
    wordAndClass = new double[POSITIONS.length][];
    word = new double[POSITIONS.length][];
    for (int p = 0; p < POSITIONS.length; p++) {
      wordClass[p] = weights.get(POSITIONS[p] + "wc=" + tokenClass);
      wordAndClass[p] = weights.get(POSITIONS[p] + "w&c=" + lower + "," + tokenClass);
      word[p] = weights.get(POSITIONS[p] + "w=" + lower);
    }
    afterOutcome = new double[outcomes.length][];
    afterOutcomeClass = new double[outcomes.length][];
    for (int o = 0; o < outcomes.length; o++) {
      afterOutcome[o] = weights.get("pow=" + outcomes[o] + "," + form);
      afterOutcomeClass[o] = weights.get("powf=" + outcomes[o] + "," + tokenClass);
    }
  }

  String tokenClass() {
    return tokenClass;
  }

  double[] wordClass(int position) {
    return wordClass[position];
  }

  double[] wordAndClass(int position) {
    return wordAndClass[position];
  }

  double[] word(int position) {
    return word[position];
  }

  double[] afterOutcome(int outcome) {
    return afterOutcome[outcome];
  }

  double[] afterOutcomeClass(int outcome) {
    return afterOutcomeClass[outcome];
  }
}
