package vnie.pos;

import java.util.Locale;
import vnie.classify.WordWindow;

/**
 * The parts of a sentence's words that {@link WordShapeContext} builds its features from, made once
 * per sentence: each word lowercased, its shape, first and last syllables and syllable count.
 * Positions before the sentence read as {@code <s>}, after it as {@code </s>}. Immutable.
 */
final class WordParts {
  static final String START = WordWindow.START;
  static final String END = WordWindow.END;
  private static final String[] SYLLABLE_COUNTS = {"0", "1", "2", "3"};

  private final String[] forms;
  private final String[] lower;
  private final String[] shapes;
  private final String[] first;
  private final String[] last;
  private final String[] syllables;

  WordParts(String[] forms) {
    this.forms = forms;
    int n = forms.length;
    lower = new String[n];
    shapes = new String[n];
    first = new String[n];
    last = new String[n];
    syllables = new String[n];
    for (int i = 0; i < n; i++) {
      String w = forms[i].toLowerCase(Locale.ROOT);
      lower[i] = w;
      shapes[i] = WordShapeContext.shape(forms[i]);
      int firstJoint = w.indexOf('_');
      first[i] = firstJoint < 0 ? w : w.substring(0, firstJoint);
      int lastJoint = w.lastIndexOf('_');
      last[i] = lastJoint < 0 ? w : w.substring(lastJoint + 1);
      syllables[i] = SYLLABLE_COUNTS[Math.min(3, syllableCount(w))];
    }
  }

  /** Whether these are the parts of exactly this array (OpenNLP asks again with the same one). */
  boolean isOf(String[] sentence) {
    return forms == sentence;
  }

  int size() {
    return forms.length;
  }

  /** The word as written. */
  String form(int i) {
    return forms[i];
  }

  String lower(int i) {
    return outside(i) == null ? lower[i] : outside(i);
  }

  String shape(int i) {
    return outside(i) == null ? shapes[i] : outside(i);
  }

  String firstSyllable(int i) {
    return outside(i) == null ? first[i] : outside(i);
  }

  String lastSyllable(int i) {
    return outside(i) == null ? last[i] : outside(i);
  }

  /** The number of syllables, at most 3, as text. */
  String syllables(int i) {
    return syllables[i];
  }

  /** The padding of a position outside the sentence, or null for a word's position. */
  private String outside(int i) {
    if (i < 0) {
      return START;
    }
    return i >= forms.length ? END : null;
  }

  private static int syllableCount(String word) {
    int n = 1;
    for (int k = 0; k < word.length(); k++) {
      n += word.charAt(k) == '_' ? 1 : 0;
    }
    return n;
  }
}
