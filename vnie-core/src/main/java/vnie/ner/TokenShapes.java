package vnie.ner;

import java.util.Locale;

/**
 * The shapes of token forms the rules test at every token (digits, Roman numerals, capitals,
 * initials), written out instead of as regular expressions, which {@code String.matches} would
 * compile at each call. Each names the expression it stands for; {@code \d} is ASCII digits and
 * {@code \p{Lu}} an uppercase letter, as in Java's regular expressions.
 */
final class TokenShapes {
  private TokenShapes() {}

  /** {@code \d{min,max}}. */
  static boolean isDigits(String s, int min, int max) {
    int n = s.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code \d{4}.*}: four digits first. */
  static boolean startsWithFourDigits(String s) {
    return s.length() >= 4 && isDigits(s.substring(0, 4), 4, 4);
  }

  /** {@code [letters]{min,max}}, e.g. {@code [IVXL]+} as {@code ("IVXL", 1, MAX_VALUE)}. */
  static boolean isMadeOf(String s, String letters, int min, int max) {
    int n = s.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (letters.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code \p{Lu}{min,max}}, counted in code points. */
  static boolean isCapitals(String s, int min, int max) {
    int count = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.getType(c) != Character.UPPERCASE_LETTER) {
        return false;
      }
      count++;
      i += Character.charCount(c);
    }
    return count >= min && count <= max;
  }

  /** {@code (\p{Lu}\.){2,}}: initials such as {@code U.S.}. */
  static boolean isInitials(String s) {
    int pairs = 0;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (Character.getType(c) != Character.UPPERCASE_LETTER
          || next >= s.length()
          || s.charAt(next) != '.') {
        return false;
      }
      pairs++;
      i = next + 1;
    }
    return pairs >= 2;
  }

  /** {@code n} with leading zeros to {@code width} digits, as {@code %0Nd} formats it. */
  static String padded(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
