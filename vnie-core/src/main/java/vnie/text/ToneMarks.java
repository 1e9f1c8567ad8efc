package vnie.text;

import java.text.Normalizer;

/**
 * One place for the tone mark of a syllable. Vietnamese writes the tone of {@code oa}, {@code oe}
 * and {@code uy} at the end of a syllable in two ways, both current: on the first vowel ({@code
 * hòa}, {@code thúy}, {@code úy}) or on the second ({@code hoà}, {@code thuý}, {@code uý}). A
 * lexicon written in one style must still find words written in the other ({@code Trung úy} is the
 * lexicon's {@code trung uý}), so lookups use {@link #canonical}: the tone on the second vowel.
 */
public final class ToneMarks {
  private ToneMarks() {}

  /**
   * {@code syllable} (lowercase, NFC) with the tone of a final {@code oa}, {@code oe} or {@code uy}
   * on its last letter; any other syllable as it is. {@code quý} and {@code qua} keep theirs: there
   * {@code u} belongs to the consonant {@code qu}.
   */
  public static String canonical(String syllable) {
    int n = syllable.length();
    if (n < 2 || !endsInGlide(syllable.charAt(n - 2), syllable.charAt(n - 1))) {
      return syllable;
    }
    String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(decomposed.length());
    char tone = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isTone(c)) {
        tone = c;
      } else {
        letters.append(c);
      }
    }
    String bare = Normalizer.normalize(letters, Normalizer.Form.NFC);
    int m = bare.length();
    if (tone == 0
        || m < 2
        || !isGlidePair(bare.charAt(m - 2), bare.charAt(m - 1))
        || (m >= 3 && bare.charAt(m - 3) == 'q')) {
      return syllable;
    }
    return Normalizer.normalize(bare + tone, Normalizer.Form.NFC);
  }

  // A cheap test on the composed letters, so most syllables return at once: each plain vowel with
  // its five tones (and not with a circumflex, breve or horn, which make other vowels).
  private static final String O = "oòóõỏọ";
  private static final String U = "uùúũủụ";
  private static final String A_OR_E = "aàáãảạeèéẽẻẹ";
  private static final String Y = "yỳýỹỷỵ";

  private static boolean endsInGlide(char first, char last) {
    return (O.indexOf(first) >= 0 && A_OR_E.indexOf(last) >= 0)
        || (U.indexOf(first) >= 0 && Y.indexOf(last) >= 0);
  }

  private static boolean isGlidePair(char first, char last) {
    return (first == 'o' && (last == 'a' || last == 'e')) || (first == 'u' && last == 'y');
  }

  // Grave, acute, tilde, hook above, dot below: the five marked tones (not the circumflex, breve
  // or horn, which belong to the vowel).
  private static boolean isTone(char c) {
    return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
  }
}
