package vnie.segment;

import java.util.List;
import java.util.Locale;
import vnie.core.Token;
import vnie.core.TokenKind;

/**
 * The features of one sentence's syllables for the decision whether syllable {@code i} starts a
 * word ({@link #BEGIN}) or continues the word of syllable {@code i - 1} ({@link #INSIDE}): the
 * syllables around the boundary, lowercased and as written, their shapes, which runs of syllables
 * across or next to the boundary are known words, whether each syllable of the boundary was seen as
 * a word of its own, only inside longer words or not at all, and the previous decision. Everything
 * a context needs is computed once per sentence, so building a context only joins a few strings.
 */
final class SyllableFeatures {
  static final String BEGIN = "B";
  static final String INSIDE = "I";
  private static final int PAD = 2;
  private static final int MAX_LENGTH_FEATURE = 4;

  private final String[] lower;
  private final String[] raw;
  private final String[] shape;
  private final int[] startLength;
  private final int[] endLength;
  private final int[] joinLength;
  private final boolean[] pairIsWord;
  private final char[] use;

  private SyllableFeatures(List<Token> tokens, WordDictionary dictionary) {
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
      lower[i + PAD] = words[i] = t.form().toLowerCase(Locale.ROOT);
      shape[i + PAD] = shape(t);
    }
    startLength = new int[n + 1];
    endLength = new int[n + 1];
    joinLength = new int[n + 1];
    pairIsWord = new boolean[n + 1];
    use = new char[n];
    int[] lengths = dictionary.wordLengthsAt(words);
    for (int from = 0; from < n; from++) {
      use[from] = dictionary.use(words[from]);
      for (int k = 2; k < 32; k++) {
        if ((lengths[from] & (1 << k)) == 0) {
          continue;
        }
        int capped = Math.min(k, MAX_LENGTH_FEATURE);
        startLength[from] = Math.max(startLength[from], capped);
        endLength[from + k] = Math.max(endLength[from + k], capped);
        for (int inside = from + 1; inside < from + k; inside++) {
          joinLength[inside] = Math.max(joinLength[inside], capped);
        }
        if (k == 2) {
          pairIsWord[from + 1] = true;
        }
      }
    }
  }

  /** The features of the syllables {@code tokens}, looked up in {@code dictionary}. */
  static SyllableFeatures of(List<Token> tokens, WordDictionary dictionary) {
    return new SyllableFeatures(tokens, dictionary);
  }

  /** The context of the decision at syllable {@code i} (from 1), after {@code previousTag}. */
  String[] context(int i, String previousTag) {
    int c = i + PAD;
    String l0 = lower[c];
    String l1 = lower[c - 1];
    String shapes = shape[c - 1] + shape[c];
    String dictionary =
        joinLength[i] + "" + startLength[i] + endLength[i] + (pairIsWord[i] ? "w" : "-");
    return new String[] {
      "bias",
      "w0=" + l0,
      "w-1=" + l1,
      "w+1=" + lower[c + 1],
      "w-2=" + lower[c - 2],
      "w+2=" + lower[c + 2],
      "b=" + l1 + '|' + l0,
      "b-=" + lower[c - 2] + '|' + l1,
      "b+=" + l0 + '|' + lower[c + 1],
      "t=" + l1 + '|' + l0 + '|' + lower[c + 1],
      "t-=" + lower[c - 2] + '|' + l1 + '|' + l0,
      "r=" + raw[c - 1] + '|' + raw[c],
      "s=" + shapes,
      "s3=" + shapes + shape[c + 1],
      "d=" + dictionary,
      "dj=" + joinLength[i],
      "ds=" + startLength[i] + endLength[i],
      "p=" + previousTag,
      "ps=" + previousTag + shapes,
      "pd=" + previousTag + dictionary,
      "u=" + use[i - 1] + use[i] + shapes,
    };
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
