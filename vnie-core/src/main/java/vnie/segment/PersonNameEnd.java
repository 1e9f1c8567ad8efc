package vnie.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vnie.core.Lexicons;
import vnie.core.Token;
import vnie.core.TokenKind;

/**
 * Where a Vietnamese personal name ends: a word that begins with a family name and a second
 * capitalised syllable ({@code Nguyễn Văn Bình}) does not go on into a lowercase syllable. The
 * treebank the segmenter learns from never does so (no such word in UD Vietnamese-VTB), yet the
 * lexicon's {@code bình sinh}, {@code đồng sinh} or {@code phát sinh} can pull the model into
 * {@code Nguyễn_Văn_Bình_sinh}, which hides the person and the verb after it. The family names are
 * the gazetteer's ({@code rules/gazetteers/family-names.txt}).
 */
final class PersonNameEnd {
  private static final Set<String> FAMILY_NAMES =
      lowercase(Lexicons.lines("rules/gazetteers/family-names.txt"));

  private PersonNameEnd() {}

  /**
   * Whether syllable {@code next} must begin a word after the word of syllables {@code first} to
   * {@code next - 1}: that word is a family name and capitalised syllables (two or more) and {@code
   * next} is lowercase.
   */
  static boolean startsAfterName(List<Token> tokens, int first, int next) {
    if (next - first < 2 || !isLowercaseWord(tokens.get(next))) {
      return false;
    }
    if (!FAMILY_NAMES.contains(tokens.get(first).form().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = first; k < next; k++) {
      if (!isCapitalisedWord(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowercaseWord(Token token) {
    return token.kind() == TokenKind.WORD && Character.isLowerCase(token.form().codePointAt(0));
  }

  private static boolean isCapitalisedWord(Token token) {
    return token.kind() == TokenKind.WORD && Character.isUpperCase(token.form().codePointAt(0));
  }

  private static Set<String> lowercase(Set<String> names) {
    return names.stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
