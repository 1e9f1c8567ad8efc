package vnie.segment;

import java.util.List;
import java.util.Locale;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureStrings;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.text.ToneMarks;

/**
 * The features of one sentence's syllables for the decision whether syllable {@code i} starts a
 * word ({@link #BEGIN}) or continues the word of syllable {@code i - 1} ({@link #INSIDE}): the
 * syllables around the boundary, lowercased and as written, their shapes, which runs of syllables
 * across or next to the boundary are training words and which are words of the lexicon, where a
 * greedy longest match over the lexicon from either end puts boundaries, whether each syllable of
 * the boundary was seen as a word of its own, only inside longer words or not at all, and the
 * previous decision. Everything a context needs is computed once per sentence, so building a
 * context only joins a few strings.
 */
final class SyllableFeatures {
  static final String BEGIN = "B";
  static final String INSIDE = "I";
  private static final int PAD = 2;
  private static final String[] LENGTHS = {"0", "1", "2", "3", "4"};
  // Parts made of a few letters come from tables, not new strings: the same object every time
  // finds its part number in TemplatePerceptron's memo of the call.
  private static final String SHAPE_LETTERS = "9.$IDAUa";
  private static final String USE_LETTERS = "WPU";
  private static final String[] SHAPE_PAIRS = pairs(SHAPE_LETTERS);
  private static final String[] USE_PAIRS = pairs(USE_LETTERS);
  private static final String[] DICTIONARY_STATES = dictionaryStates();
  // Whether the longest match from the left, then the one from the right, begins a word here.
  private static final String[] MATCHES = {"II", "IB", "BI", "BB"};

  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate BIAS = TEMPLATES.constant("bias");
  private static final FeatureTemplate W0 = TEMPLATES.of("w0=");
  private static final FeatureTemplate W_1 = TEMPLATES.of("w-1=");
  private static final FeatureTemplate W1 = TEMPLATES.of("w+1=");
  private static final FeatureTemplate W_2 = TEMPLATES.of("w-2=");
  private static final FeatureTemplate W2 = TEMPLATES.of("w+2=");
  private static final FeatureTemplate BIGRAM = TEMPLATES.of("b=", 2, "|");
  private static final FeatureTemplate BIGRAM_BEFORE = TEMPLATES.of("b-=", 2, "|");
  private static final FeatureTemplate BIGRAM_AFTER = TEMPLATES.of("b+=", 2, "|");
  private static final FeatureTemplate TRIGRAM = TEMPLATES.of("t=", 3, "|");
  private static final FeatureTemplate TRIGRAM_BEFORE = TEMPLATES.of("t-=", 3, "|");
  private static final FeatureTemplate RAW_BIGRAM = TEMPLATES.of("r=", 2, "|");
  private static final FeatureTemplate SHAPES = TEMPLATES.of("s=");
  private static final FeatureTemplate SHAPES3 = TEMPLATES.of("s3=", 2, "");
  private static final FeatureTemplate DICTIONARY = TEMPLATES.of("d=");
  private static final FeatureTemplate JOIN = TEMPLATES.of("dj=");
  private static final FeatureTemplate START_END = TEMPLATES.of("ds=", 2, "");
  private static final FeatureTemplate PREVIOUS = TEMPLATES.of("p=");
  private static final FeatureTemplate PREVIOUS_SHAPES = TEMPLATES.of("ps=", 2, "");
  private static final FeatureTemplate PREVIOUS_DICTIONARY = TEMPLATES.of("pd=", 2, "");
  private static final FeatureTemplate USE = TEMPLATES.of("u=", 2, "");
  // The lexicon's: its words around the boundary as the dictionary's are, and where the greedy
  // longest matches from the left and from the right put boundaries.
  private static final FeatureTemplate LEXICON = TEMPLATES.of("ld=");
  private static final FeatureTemplate LEXICON_MATCH = TEMPLATES.of("lm=");
  private static final FeatureTemplate PREVIOUS_LEXICON = TEMPLATES.of("lp=", 2, "");
  private static final FeatureTemplate LEXICON_SHAPES = TEMPLATES.of("ls=", 2, "");
  private static final FeatureTemplate LEXICON_SYLLABLE = TEMPLATES.of("lw0=", 2, "|");
  private static final FeatureTemplate LEXICON_PREVIOUS_SYLLABLE = TEMPLATES.of("lw1=", 2, "|");

  /** Every template of {@link #addFeatures}, in order. */
  static final List<FeatureTemplate> ALL_TEMPLATES = TEMPLATES.all();

  private final String[] lower;
  private final String[] raw;
  private final String[] shape;
  private final DictionaryMatches known;
  private final char[] use;
  private final String[] shapePair;
  private final String[] usePair;
  private final String[] dictionaryState;
  private final String[] lexiconState;
  private final String[] lexiconMatch;

  private SyllableFeatures(
      List<Token> tokens, WordDictionary dictionary, WordDictionary lexiconWords) {
    int n = tokens.size();
    lower = new String[n + 2 * PAD];
    raw = new String[n + 2 * PAD];
    shape = new String[n + 2 * PAD];
    for (int p = 0; p < PAD; p++) {
      lower[p] = raw[p] = shape[p] = "<s>";
      lower[n + PAD + p] = raw[n + PAD + p] = shape[n + PAD + p] = "</s>";
    }
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      raw[i + PAD] = t.form();
      lower[i + PAD] = t.form().toLowerCase(Locale.ROOT);
      words[i] = ToneMarks.canonical(lower[i + PAD]);
      shape[i + PAD] = shape(t);
    }
    known = new DictionaryMatches(words, dictionary);
    use = new char[n];
    for (int from = 0; from < n; from++) {
      use[from] = dictionary.use(words[from]);
    }
    DictionaryMatches lexicon = new DictionaryMatches(words, lexiconWords);
    // The parts several features share, made once per boundary rather than once per feature.
    shapePair = new String[n];
    usePair = new String[n];
    dictionaryState = new String[n];
    lexiconState = new String[n];
    lexiconMatch = new String[n];
    for (int i = 1; i < n; i++) {
      // Shapes of syllables (not of the padding) are one letter each.
      shapePair[i] =
          pair(SHAPE_LETTERS, SHAPE_PAIRS, shape[i + PAD - 1].charAt(0), shape[i + PAD].charAt(0));
      usePair[i] = pair(USE_LETTERS, USE_PAIRS, use[i - 1], use[i]);
      dictionaryState[i] = state(known, i);
      lexiconState[i] = state(lexicon, i);
      lexiconMatch[i] = MATCHES[(lexicon.forward[i] ? 2 : 0) + (lexicon.backward[i] ? 1 : 0)];
    }
  }

  /**
   * The features of the syllables {@code tokens}, looked up in the training words {@code
   * dictionary} and in {@code lexicon}.
   */
  static SyllableFeatures of(
      List<Token> tokens, WordDictionary dictionary, WordDictionary lexicon) {
    return new SyllableFeatures(tokens, dictionary, lexicon);
  }

  /** The context of the decision at syllable {@code i} (from 1), after {@code previousTag}. */
  String[] context(int i, String previousTag) {
    FeatureStrings strings = new FeatureStrings();
    addFeatures(i, previousTag, strings);
    return strings.toArray();
  }

  /**
   * Writes the features of the decision at syllable {@code i} (from 1), after {@code previousTag},
   * to {@code out}: the one definition of the features, for training and for segmenting.
   */
  void addFeatures(int i, String previousTag, FeatureSink out) {
    int c = i + PAD;
    String l0 = lower[c];
    String l1 = lower[c - 1];
    String shapes = shapePair[i];
    out.add(BIAS);
    out.add(W0, l0);
    out.add(W_1, l1);
    out.add(W1, lower[c + 1]);
    out.add(W_2, lower[c - 2]);
    out.add(W2, lower[c + 2]);
    out.add(BIGRAM, l1, l0);
    out.add(BIGRAM_BEFORE, lower[c - 2], l1);
    out.add(BIGRAM_AFTER, l0, lower[c + 1]);
    out.add(TRIGRAM, l1, l0, lower[c + 1]);
    out.add(TRIGRAM_BEFORE, lower[c - 2], l1, l0);
    out.add(RAW_BIGRAM, raw[c - 1], raw[c]);
    out.add(SHAPES, shapes);
    out.add(SHAPES3, shapes, shape[c + 1]);
    out.add(DICTIONARY, dictionaryState[i]);
    out.add(JOIN, LENGTHS[known.joinLength[i]]);
    out.add(START_END, LENGTHS[known.startLength[i]], LENGTHS[known.endLength[i]]);
    out.add(PREVIOUS, previousTag);
    out.add(PREVIOUS_SHAPES, previousTag, shapes);
    out.add(PREVIOUS_DICTIONARY, previousTag, dictionaryState[i]);
    out.add(USE, usePair[i], shapes);
    String match = lexiconMatch[i];
    out.add(LEXICON, lexiconState[i]);
    out.add(LEXICON_MATCH, match);
    out.add(PREVIOUS_LEXICON, previousTag, match);
    out.add(LEXICON_SHAPES, match, shapes);
    out.add(LEXICON_SYLLABLE, match, l0);
    out.add(LEXICON_PREVIOUS_SYLLABLE, match, l1);
  }

  /** The lengths of the words of {@code matches} around boundary {@code i}, as one part. */
  private static String state(DictionaryMatches matches, int i) {
    return DICTIONARY_STATES[
        ((matches.joinLength[i] * LENGTHS.length + matches.startLength[i]) * LENGTHS.length
                    + matches.endLength[i])
                * 2
            + (matches.pairIsWord[i] ? 1 : 0)];
  }

  /** Every two letters of {@code letters}, the first major. */
  private static String[] pairs(String letters) {
    int n = letters.length();
    String[] pairs = new String[n * n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        pairs[a * n + b] = "" + letters.charAt(a) + letters.charAt(b);
      }
    }
    return pairs;
  }

  /** The letters {@code a} and {@code b} joined, from {@code pairs} (of {@code letters}). */
  private static String pair(String letters, String[] pairs, char a, char b) {
    int i = letters.indexOf(a);
    int j = letters.indexOf(b);
    return i >= 0 && j >= 0 ? pairs[i * letters.length() + j] : "" + a + b;
  }

  /** The dictionary state of every join, start and end length and whether the pair is a word. */
  private static String[] dictionaryStates() {
    int n = LENGTHS.length;
    String[] states = new String[n * n * n * 2];
    for (int join = 0; join < n; join++) {
      for (int start = 0; start < n; start++) {
        for (int end = 0; end < n; end++) {
          String lengths = LENGTHS[join] + LENGTHS[start] + LENGTHS[end];
          states[((join * n + start) * n + end) * 2] = lengths + "-";
          states[((join * n + start) * n + end) * 2 + 1] = lengths + "w";
        }
      }
    }
    return states;
  }

  /** A one-letter class: capitalised, all capitals, lowercase, number, punctuation, other. */
  private static String shape(Token t) {
    if (t.kind() == TokenKind.NUMBER) {
      return "9";
    }
    if (t.kind() == TokenKind.PUNCTUATION) {
      return ".";
    }
    if (t.kind() == TokenKind.SYMBOL) {
      return "$";
    }
    if (t.kind() == TokenKind.ABBREVIATION) {
      return "I";
    }
    String f = t.form();
    boolean firstUpper = Character.isUpperCase(f.codePointAt(0));
    boolean anyLowerAfter = false;
    boolean anyDigit = false;
    for (int k = 1; k < f.length(); k++) {
      char ch = f.charAt(k);
      anyLowerAfter |= Character.isLowerCase(ch);
      anyDigit |= Character.isDigit(ch);
    }
    if (anyDigit) {
      return "D";
    }
    if (firstUpper) {
      return anyLowerAfter || f.length() == 1 ? "A" : "U";
    }
    return "a";
  }
}
