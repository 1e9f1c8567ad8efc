package vnie.pos;

import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureStrings;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.classify.WordWindow;

/**
 * The features of a word for tagging: the word and its neighbours (lowercased), the word as
 * written, its first and last syllables (which carry most of the meaning of an unseen compound),
 * its length in syllables, its shape (capitalised syllables, digits, punctuation), and the previous
 * two tags. Words are vnie words, syllables joined by {@code _}.
 *
 * <p>Training may add sentences of an auxiliary corpus whose tagging conventions differ (the
 * treebank's dev file): they are marked {@link #AUXILIARY} in the sample's additional context. The
 * bias and the word then also count once more under the sentence's own domain ({@code T:} for the
 * target scheme, {@code A:} for the auxiliary one; "frustratingly easy" domain adaptation), so the
 * shared features learn from both and the target copies keep the target's conventions. At run time
 * every sentence is target.
 *
 * <p>The tagger asks for every position of a sentence in turn with the same word array, so what
 * depends on the words alone is computed once per array. That makes an instance stateful: each
 * {@code POSTaggerME} gets its own from {@link VietnamesePosFactory}, and is confined to a thread.
 */
final class WordShapeContext implements POSContextGenerator {
  private static final String START = WordParts.START;

  /** The additional-context marker of a training sentence from the auxiliary corpus. */
  static final String AUXILIARY = "auxiliary";

  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate BIAS = TEMPLATES.constant("bias");
  private static final FeatureTemplate WORD = TEMPLATES.of("w=");
  private static final FeatureTemplate RAW = TEMPLATES.of("r=");
  private static final WordWindow WINDOW = new WordWindow(TEMPLATES);
  private static final FeatureTemplate FIRST = TEMPLATES.of("f=");
  private static final FeatureTemplate LAST = TEMPLATES.of("l=");
  private static final FeatureTemplate SYLLABLES = TEMPLATES.of("n=");
  private static final FeatureTemplate SHAPE = TEMPLATES.of("s=");
  private static final FeatureTemplate SHAPE_BEFORE = TEMPLATES.of("s-1=");
  private static final FeatureTemplate SHAPE_AFTER = TEMPLATES.of("s+1=");
  private static final FeatureTemplate TAG = TEMPLATES.of("t=");
  private static final FeatureTemplate TAGS = TEMPLATES.of("tt=", 2, ",");
  private static final FeatureTemplate TAG_WORD = TEMPLATES.of("tw=", 2, "|");
  private static final FeatureTemplate TAG_SHAPE = TEMPLATES.of("ts=", 2, "|");
  private static final FeatureTemplate LAST_BEFORE = TEMPLATES.of("l-1=");
  private static final FeatureTemplate FIRST_AFTER = TEMPLATES.of("f+1=");

  /** The most auxiliary corpora a training may mark ({@code A:}, {@code A2:} … {@code A4:}). */
  static final int MAX_AUXILIARY_CORPORA = 4;

  // Domain copies of the bias and the word, by domain: 0 the target (T:), d the d-th auxiliary
  // corpus (A:, A2:, …). Only the target's ever fire at run time.
  private static final FeatureTemplate[] DOMAIN_BIAS =
      new FeatureTemplate[MAX_AUXILIARY_CORPORA + 1];
  private static final FeatureTemplate[] DOMAIN_WORD =
      new FeatureTemplate[MAX_AUXILIARY_CORPORA + 1];

  static {
    for (int d = 0; d <= MAX_AUXILIARY_CORPORA; d++) {
      String domain = d == 0 ? "T:" : d == 1 ? "A:" : "A" + d + ":";
      DOMAIN_BIAS[d] = TEMPLATES.constant(domain + "bias");
      DOMAIN_WORD[d] = TEMPLATES.of(domain + "w=");
    }
  }

  /** Every template of {@link #addFeatures}, in order. */
  static final List<FeatureTemplate> ALL_TEMPLATES = TEMPLATES.all();

  private WordParts words;

  @Override
  public String[] getContext(
      int index, String[] sentence, String[] priorTags, Object[] additionalContext) {
    if (words == null || !words.isOf(sentence)) {
      words = new WordParts(sentence);
    }
    String t1 = index >= 1 ? priorTags[index - 1] : START;
    String t2 = index >= 2 ? priorTags[index - 2] : START;
    FeatureStrings strings = new FeatureStrings();
    addFeatures(words, index, t1, t2, domain(additionalContext), strings);
    return strings.toArray();
  }

  /**
   * Writes the features of the word at {@code index} after the tags {@code t2 t1} to {@code out}:
   * the one definition of the features, for training and for tagging.
   */
  static void addFeatures(
      WordParts words, int index, String t1, String t2, int domain, FeatureSink out) {
    String w0 = words.lower(index);
    String wm1 = words.lower(index - 1);
    String wp1 = words.lower(index + 1);
    String shape = words.shape(index);
    out.add(BIAS);
    out.add(WORD, w0);
    out.add(RAW, words.form(index));
    WINDOW.add(out, words.lower(index - 2), wm1, w0, wp1, words.lower(index + 2));
    out.add(FIRST, words.firstSyllable(index));
    out.add(LAST, words.lastSyllable(index));
    out.add(SYLLABLES, words.syllables(index));
    out.add(SHAPE, shape);
    out.add(SHAPE_BEFORE, words.shape(index - 1));
    out.add(SHAPE_AFTER, words.shape(index + 1));
    out.add(TAG, t1);
    out.add(TAGS, t2, t1);
    out.add(TAG_WORD, t1, w0);
    out.add(TAG_SHAPE, t1, shape);
    out.add(LAST_BEFORE, words.lastSyllable(index - 1));
    out.add(FIRST_AFTER, words.firstSyllable(index + 1));
    out.add(DOMAIN_BIAS[domain]);
    out.add(DOMAIN_WORD[domain], w0);
  }

  /**
   * 0 for a target sentence; 1 for one marked {@link #AUXILIARY}, 2 for one marked {@code
   * auxiliary2} (a second auxiliary corpus) and so on.
   */
  static int domain(Object[] additionalContext) {
    if (additionalContext == null
        || additionalContext.length == 0
        || !(additionalContext[0] instanceof String[] marks)
        || marks.length == 0
        || marks[0] == null
        || !marks[0].startsWith(AUXILIARY)) {
      return 0;
    }
    String number = marks[0].substring(AUXILIARY.length());
    int domain = number.isEmpty() ? 1 : Integer.parseInt(number);
    if (domain < 1 || domain > MAX_AUXILIARY_CORPORA) {
      throw new IllegalArgumentException("no such auxiliary corpus: " + marks[0]);
    }
    return domain;
  }

  /**
   * {@code A} every syllable capitalised, {@code Aa} only the first, {@code U} all capitals, {@code
   * a} lowercase, {@code 9} digits, {@code 9a} digits and letters, {@code .} no letter or digit.
   */
  static String shape(String word) {
    if (word.equals(START) || word.equals(WordParts.END)) {
      return word;
    }
    boolean letters = false;
    boolean digits = false;
    boolean lower = false;
    boolean syllableStartsLower = false;
    boolean atSyllableStart = true;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c == '_') {
        atSyllableStart = true;
        continue;
      }
      if (Character.isLetter(c)) {
        letters = true;
        boolean isLower = Character.isLowerCase(c);
        lower |= isLower;
        syllableStartsLower |= atSyllableStart && isLower && k > 0;
        if (atSyllableStart && k == 0 && isLower) {
          return digitsIn(word) ? "9a" : "a";
        }
      } else if (Character.isDigit(c)) {
        digits = true;
      }
      atSyllableStart = false;
    }
    if (!letters) {
      return digits ? "9" : ".";
    }
    if (digits) {
      return "9a";
    }
    if (!lower) {
      return "U";
    }
    return syllableStartsLower ? "Aa" : "A";
  }

  private static boolean digitsIn(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
