package vnie.pos;

import java.util.Locale;
import opennlp.tools.postag.POSContextGenerator;

/**
 * The features of a word for tagging: the word and its neighbours (lowercased), the word as
 * written, its first and last syllables (which carry most of the meaning of an unseen compound),
 * its length in syllables, its shape (capitalised syllables, digits, punctuation), and the previous
 * two tags. Words are vnie words, syllables joined by {@code _}.
 *
 * <p>Training may add sentences of an auxiliary corpus whose tagging conventions differ (the
 * treebank's dev file): they are marked {@link #AUXILIARY} in the sample's additional context. The
 * bias and the word then also count once more under the sentence's own domain ({@code T:} for the
 * target scheme, {@code A:} for the auxiliary one, {@code A2:}, {@code A3:} … for further auxiliary
 * corpora marked {@code auxiliary2} …; "frustratingly easy" domain adaptation), so the shared
 * features learn from both and the target copies keep the target's conventions. At run time every
 * sentence is target.
 *
 * <p>The tagger asks for every position of a sentence in turn with the same word array, so what
 * depends on the words alone is computed once per array. That makes an instance stateful: each
 * {@code POSTaggerME} gets its own from {@link VietnamesePosFactory}, and is confined to a thread.
 */
final class WordShapeContext implements POSContextGenerator {
  private static final String START = "<s>";
  private static final String END = "</s>";

  /** The additional-context marker of a training sentence from the auxiliary corpus. */
  static final String AUXILIARY = "auxiliary";

  private String[] words;
  private String[] lower;
  private String[] shapes;

  @Override
  public String[] getContext(
      int index, String[] sentence, String[] priorTags, Object[] additionalContext) {
    if (sentence != words) {
      prepare(sentence);
    }
    String w0 = lower[index];
    String wm1 = lower(index - 1);
    String wp1 = lower(index + 1);
    String t1 = index >= 1 ? priorTags[index - 1] : START;
    String t2 = index >= 2 ? priorTags[index - 2] : START;
    String shape = shapes[index];
    String domain = domain(additionalContext);
    return new String[] {
      "bias",
      "w=" + w0,
      "r=" + sentence[index],
      "w-1=" + wm1,
      "w+1=" + wp1,
      "w-2=" + lower(index - 2),
      "w+2=" + lower(index + 2),
      "b-=" + wm1 + '|' + w0,
      "b+=" + w0 + '|' + wp1,
      "f=" + firstSyllable(w0),
      "l=" + lastSyllable(w0),
      "n=" + Math.min(3, syllables(w0)),
      "s=" + shape,
      "s-1=" + (index >= 1 ? shapes[index - 1] : START),
      "s+1=" + (index + 1 < shapes.length ? shapes[index + 1] : END),
      "t=" + t1,
      "tt=" + t2 + ',' + t1,
      "tw=" + t1 + '|' + w0,
      "ts=" + t1 + '|' + shape,
      "l-1=" + lastSyllable(wm1),
      "f+1=" + firstSyllable(wp1),
      domain + "bias",
      domain + "w=" + w0,
    };
  }

  /**
   * {@code T:} for a target sentence; {@code A:} for one marked {@link #AUXILIARY}, {@code A2:} for
   * one marked {@code auxiliary2} (a second auxiliary corpus) and so on.
   */
  private static String domain(Object[] additionalContext) {
    if (additionalContext != null
        && additionalContext.length > 0
        && additionalContext[0] instanceof String[] marks
        && marks.length > 0
        && marks[0] != null
        && marks[0].startsWith(AUXILIARY)) {
      return "A" + marks[0].substring(AUXILIARY.length()) + ":";
    }
    return "T:";
  }

  private void prepare(String[] sentence) {
    words = sentence;
    lower = new String[sentence.length];
    shapes = new String[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      lower[i] = sentence[i].toLowerCase(Locale.ROOT);
      shapes[i] = shape(sentence[i]);
    }
  }

  private String lower(int i) {
    if (i < 0) {
      return START;
    }
    return i >= lower.length ? END : lower[i];
  }

  private static int syllables(String word) {
    int n = 1;
    for (int k = 0; k < word.length(); k++) {
      n += word.charAt(k) == '_' ? 1 : 0;
    }
    return n;
  }

  private static String firstSyllable(String word) {
    int k = word.indexOf('_');
    return k < 0 ? word : word.substring(0, k);
  }

  private static String lastSyllable(String word) {
    int k = word.lastIndexOf('_');
    return k < 0 ? word : word.substring(k + 1);
  }

  /**
   * {@code A} every syllable capitalised, {@code Aa} only the first, {@code U} all capitals, {@code
   * a} lowercase, {@code 9} digits, {@code 9a} digits and letters, {@code .} no letter or digit.
   */
  static String shape(String word) {
    if (word.equals(START) || word.equals(END)) {
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
