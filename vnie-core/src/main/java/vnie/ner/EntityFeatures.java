package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.classify.TokenContext;
import vnie.classify.WordWindow;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.core.Word;

/**
 * The features of one token for the entity model's decision of its BIO label ({@code B-PERSON},
 * {@code I-UNIT}, {@code O} …): the token and its neighbours (lowercased, as written, shape,
 * suffix), the word of the segmentation it belongs to and its POS, the gazetteer lists that match
 * it, its word classes, the rules' label and rule for it and its neighbours, the two labels before
 * it, and what the rest of the document says of the same word ({@link DocumentMemory}). Everything
 * is computed once per sentence; writing a token's features only hands strings the sentence already
 * holds to the {@link FeatureSink}.
 */
final class EntityFeatures implements TokenContext {
  static final String OUTSIDE = "O";
  static final String START = TokenContext.START;
  private static final String END = WordWindow.END;
  private static final String[] POSITIONS = {"S", "B", "I"};
  private static final String[] LEVELS = {"0", "1", "2", "3"};

  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate BIAS = TEMPLATES.constant("bias");
  private static final FeatureTemplate WORD = TEMPLATES.of("w=");
  private static final FeatureTemplate RAW = TEMPLATES.of("r=");
  private static final WordWindow WINDOW = new WordWindow(TEMPLATES);
  private static final FeatureTemplate SHAPE = TEMPLATES.of("s=");
  private static final FeatureTemplate SHAPES = TEMPLATES.of("ss=", 3, "|");
  private static final FeatureTemplate SUFFIX = TEMPLATES.of("x=");
  private static final FeatureTemplate SEGMENT = TEMPLATES.of("sg=", 2, "|");
  private static final FeatureTemplate TAG = TEMPLATES.of("t=");
  private static final FeatureTemplate TAG_BEFORE = TEMPLATES.of("t-1=");
  private static final FeatureTemplate TAG_AFTER = TEMPLATES.of("t+1=");
  private static final FeatureTemplate GAZETTEER = TEMPLATES.of("g=");
  private static final FeatureTemplate GAZETTEER_BEFORE = TEMPLATES.of("g-1=");
  private static final FeatureTemplate GAZETTEER_AFTER = TEMPLATES.of("g+1=");
  private static final FeatureTemplate CLUSTER = TEMPLATES.of("c=", 2, "|");
  private static final FeatureTemplate CLUSTER_BEFORE = TEMPLATES.of("c-1=", 2, "|");
  private static final FeatureTemplate CLUSTER_AFTER = TEMPLATES.of("c+1=", 2, "|");
  private static final FeatureTemplate RULE = TEMPLATES.of("ru=");
  private static final FeatureTemplate RULE_SOURCE = TEMPLATES.of("rs=", 2, "|");
  private static final FeatureTemplate RULE_BEFORE = TEMPLATES.of("ru-1=");
  private static final FeatureTemplate RULE_AFTER = TEMPLATES.of("ru+1=");
  private static final FeatureTemplate PREVIOUS = TEMPLATES.of("p=");
  private static final FeatureTemplate PREVIOUS_TWO = TEMPLATES.of("pp=", 2, "|");
  private static final FeatureTemplate PREVIOUS_WORD = TEMPLATES.of("pw=", 2, "|");
  private static final FeatureTemplate PREVIOUS_SHAPE = TEMPLATES.of("ps=", 2, "|");
  private static final FeatureTemplate DOCUMENT_RULES = TEMPLATES.of("dr=");
  private static final FeatureTemplate DOCUMENT_HISTORY = TEMPLATES.of("dh=");
  private static final NameContext CONTEXT = new NameContext(TEMPLATES);

  /** Every template of {@link #add}, in order. */
  static final List<FeatureTemplate> ALL_TEMPLATES = TEMPLATES.all();

  private final FeatureGroups options;
  private final int n;
  private final String[] lower;
  private final String[] raw;
  private final String[] shape;
  private final String[] suffix;
  private final String[] segment;
  private final String[] position;
  private final String[] tag;
  private final String[][] gazetteers;
  private final String[][] clusters;
  private final String[] rule;
  private final String[] ruleSource;
  private final String[] documentRules;
  private final String[] documentHistory;
  private final NameContext.Values context;

  /**
   * The features of {@code sentence}'s tokens.
   *
   * @param ruleLabels each token's BIO label from the rules ({@code O} where none)
   * @param ruleSources the rule that gave each token's label, or {@code O}
   * @param memory what the rest of the document says of the sentence's words, or null
   */
  EntityFeatures(
      Sentence sentence,
      Gazetteers gazetteerLists,
      WordClusters wordClusters,
      String[] ruleLabels,
      String[] ruleSources,
      DocumentMemory memory,
      FeatureGroups options) {
    this.options = options;
    List<Token> tokens = sentence.tokens();
    n = tokens.size();
    lower = new String[n];
    raw = new String[n];
    shape = new String[n];
    suffix = new String[n];
    segment = new String[n];
    position = new String[n];
    tag = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      raw[i] = t.form();
      lower[i] = t.form().toLowerCase(Locale.ROOT);
      shape[i] = shape(t);
      suffix[i] = lower[i].length() > 3 ? lower[i].substring(lower[i].length() - 3) : lower[i];
      segment[i] = lower[i];
      position[i] = POSITIONS[0];
      tag[i] = "";
    }
    for (Word w : sentence.words()) {
      String form = w.form().toLowerCase(Locale.ROOT);
      for (int k = w.firstToken(); k < w.endToken() && k < n; k++) {
        segment[k] = form;
        position[k] = w.tokenCount() == 1 ? POSITIONS[0] : POSITIONS[k == w.firstToken() ? 1 : 2];
        tag[k] = w.tag();
      }
    }
    gazetteers = options.gazetteers() ? gazetteerLists.labels(tokens) : new String[n][0];
    clusters = new String[n][];
    for (int i = 0; i < n; i++) {
      int levels = options.clusters() ? wordClusters.levels() : 0;
      List<String> found = new ArrayList<>(levels);
      for (int level = 0; level < levels; level++) {
        String c = wordClusters.classOf(raw[i], level);
        if (c != null) {
          found.add(c);
        }
      }
      clusters[i] = found.toArray(new String[0]);
    }
    rule = ruleLabels;
    ruleSource = ruleSources;
    boolean remembered = options.document() && memory != null;
    documentRules = remembered ? memory.ruleTypes(sentence, ruleLabels) : new String[n];
    documentHistory = remembered ? memory.historyTypes(sentence) : new String[n];
    context =
        options.context() ? NameContext.values(sentence.words(), lower, shape, segment) : null;
  }

  /**
   * Writes the features of token {@code i} to {@code sink}, given the labels chosen for the two
   * tokens before it ({@link #START} before the sentence).
   */
  @Override
  public void add(int i, String previous, String beforePrevious, FeatureSink sink) {
    sink.add(BIAS);
    sink.add(WORD, lower[i]);
    sink.add(RAW, raw[i]);
    WINDOW.add(
        sink,
        i > 1 ? lower[i - 2] : START,
        i > 0 ? lower[i - 1] : START,
        lower[i],
        i + 1 < n ? lower[i + 1] : END,
        i + 2 < n ? lower[i + 2] : END);
    sink.add(SHAPE, shape[i]);
    sink.add(SHAPES, i > 0 ? shape[i - 1] : START, shape[i], i + 1 < n ? shape[i + 1] : END);
    sink.add(SUFFIX, suffix[i]);
    sink.add(SEGMENT, segment[i], position[i]);
    sink.add(TAG, tag[i]);
    sink.add(TAG_BEFORE, i > 0 ? tag[i - 1] : START);
    sink.add(TAG_AFTER, i + 1 < n ? tag[i + 1] : END);
    for (String g : gazetteers[i]) {
      sink.add(GAZETTEER, g);
    }
    if (i > 0) {
      for (String g : gazetteers[i - 1]) {
        sink.add(GAZETTEER_BEFORE, g);
      }
    }
    if (i + 1 < n) {
      for (String g : gazetteers[i + 1]) {
        sink.add(GAZETTEER_AFTER, g);
      }
    }
    for (int level = 0; level < clusters[i].length; level++) {
      sink.add(CLUSTER, LEVELS[level], clusters[i][level]);
    }
    if (i > 0) {
      for (int level = 0; level < clusters[i - 1].length; level++) {
        sink.add(CLUSTER_BEFORE, LEVELS[level], clusters[i - 1][level]);
      }
    }
    if (i + 1 < n) {
      for (int level = 0; level < clusters[i + 1].length; level++) {
        sink.add(CLUSTER_AFTER, LEVELS[level], clusters[i + 1][level]);
      }
    }
    if (options.rules()) {
      sink.add(RULE, rule[i]);
      sink.add(RULE_SOURCE, rule[i], ruleSource[i]);
      sink.add(RULE_BEFORE, i > 0 ? rule[i - 1] : START);
      sink.add(RULE_AFTER, i + 1 < n ? rule[i + 1] : END);
    }
    sink.add(PREVIOUS, previous);
    sink.add(PREVIOUS_TWO, beforePrevious, previous);
    sink.add(PREVIOUS_WORD, previous, lower[i]);
    sink.add(PREVIOUS_SHAPE, previous, shape[i]);
    if (documentRules[i] != null) {
      sink.add(DOCUMENT_RULES, documentRules[i]);
    }
    if (documentHistory[i] != null) {
      sink.add(DOCUMENT_HISTORY, documentHistory[i]);
    }
    if (context != null) {
      CONTEXT.add(context, i, sink);
    }
  }

  @Override
  public int size() {
    return n;
  }

  /**
   * A token's shape: {@code Xx} capitalised, {@code x} lower case, {@code X} all capitals, {@code
   * xX} mixed, {@code d} a number, {@code X.} an abbreviation, else the punctuation itself.
   */
  static String shape(Token t) {
    if (t.is(TokenKind.NUMBER)) {
      return "d";
    }
    if (t.is(TokenKind.ABBREVIATION)) {
      return "X.";
    }
    if (!t.is(TokenKind.WORD)) {
      return t.form().length() == 1 ? t.form() : "p";
    }
    String form = t.form();
    boolean first = Character.isUpperCase(form.codePointAt(0));
    boolean allUpper =
        form.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (first && allUpper && form.length() > 1) {
      return "X";
    }
    if (first) {
      return "Xx";
    }
    return form.codePoints().anyMatch(Character::isUpperCase) ? "xX" : "x";
  }
}
