package vnie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.CharClass;
import vnie.core.Lexicons;
import vnie.core.Token;
import vnie.core.TokenKind;

/**
 * Splits a text into syllables, numbers, abbreviations and punctuation, each with offsets into the
 * text as read. Stateless and thread-safe.
 *
 * <p>Numbers keep their inner separators ({@code 25/4/1945}, {@code 1.000}, {@code 10h35}); a
 * hyphen joins numbers only after a day or month ({@code 25-4-1945}), so a year range {@code
 * 1945-1954} stays three tokens. A single capital letter with a period, or an entry of {@code
 * abbreviations.txt}, is one abbreviation token ({@code J.}).
 */
public final class Tokenizer {
  private final Set<String> abbreviations;

  public Tokenizer() {
    this(Lexicons.lines("text/abbreviations.txt"));
  }

  public Tokenizer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public List<Token> tokenize(String text) {
    return tokenize(NormalizedText.of(text));
  }

  public List<Token> tokenize(NormalizedText normalized) {
    String s = normalized.nfc();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int end;
      TokenKind kind;
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF') {
        i += Character.charCount(cp);
        continue;
      } else if (Character.isLetter(cp)) {
        end = wordEnd(s, i);
        kind = TokenKind.WORD;
        int withPeriod = abbreviationEnd(s, i, end);
        if (withPeriod > end) {
          end = withPeriod;
          kind = TokenKind.ABBREVIATION;
        }
      } else if (Character.isDigit(cp)) {
        end = numberEnd(s, i);
        kind = TokenKind.NUMBER;
      } else if (s.startsWith("...", i)) {
        end = i + 3;
        kind = TokenKind.PUNCTUATION;
      } else {
        end = i + Character.charCount(cp);
        kind = CharClass.isPunctuation(cp) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
      }
      tokens.add(
          new Token(
              s.substring(i, end),
              normalized.originalStart(i),
              normalized.originalEnd(end - 1),
              kind));
      i = end;
    }
    return tokens;
  }

  /** Letters, digits and marks; an apostrophe between letters stays inside ({@code O'Neill}). */
  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        j += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019')
          && j + 1 < s.length()
          && Character.isLetter(s.codePointAt(j + 1))
          && j > i) {
        j += 1;
      } else {
        break;
      }
    }
    return j;
  }

  /** The end of initials written without spaces ({@code U.S.A.}), or {@code start}. */
  private static int initialsEnd(String s, int start) {
    int j = start;
    while (j + 1 < s.length() && Character.isUpperCase(s.charAt(j)) && s.charAt(j + 1) == '.') {
      j += 2;
    }
    return j;
  }

  private int abbreviationEnd(String s, int start, int wordEnd) {
    if (wordEnd >= s.length() || s.charAt(wordEnd) != '.') {
      return wordEnd;
    }
    String word = s.substring(start, wordEnd);
    boolean initial =
        word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0));
    // "J." before a name; but a lone capital that ends a sentence ("… hạng A.") is followed by a
    // line end or the end of the text, and keeps its period as punctuation.
    boolean followedByText =
        wordEnd + 1 < s.length() && s.charAt(wordEnd + 1) == ' ' && wordEnd + 2 < s.length();
    int chain = initialsEnd(s, start);
    if (initial && chain > wordEnd + 1) {
      return chain;
    }
    if ((initial && followedByText) || abbreviations.contains(word + ".")) {
      return wordEnd + 1;
    }
    return wordEnd;
  }

  private static int numberEnd(String s, int i) {
    int j = i;
    int groupStart = i;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (Character.isDigit(c)) {
        j++;
      } else if (j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
        boolean shortGroup = j - groupStart <= 2;
        boolean joins =
            c == '/'
                || c == '.'
                || c == ','
                || (c == 'h' && shortGroup)
                || (c == '-' && shortGroup);
        if (!joins) {
          break;
        }
        j++;
        groupStart = j;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
