package vnie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;

/**
 * Groups tokens into sentences. A sentence ends at a line break, or after {@code . ! ? …} (with the
 * closing quotes and brackets that follow it) when the next token starts a new sentence: a capital
 * letter, a digit or an opening quote. Abbreviations such as {@code J.} are single tokens and never
 * end a sentence. Stateless and thread-safe.
 */
final class SentenceSplitter {
  private static final Set<String> TERMINALS = Set.of(".", "!", "?", "…", "...");
  private static final Set<String> CLOSERS = Set.of("\"", "'", "”", "’", ")", "]", "»");
  private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "«", "-", "–");

  /**
   * Splits {@code tokens} of {@code text} (the text as read, used to see line breaks between
   * tokens).
   */
  public List<Sentence> split(String text, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int last = i;
      if (TERMINALS.contains(tokens.get(i).form())) {
        while (last + 1 < tokens.size()
            && CLOSERS.contains(tokens.get(last + 1).form())
            && !lineBreakBetween(text, tokens.get(last), tokens.get(last + 1))) {
          last++;
        }
      }
      boolean atEnd = last + 1 == tokens.size();
      boolean breaks =
          atEnd
              || lineBreakBetween(text, tokens.get(last), tokens.get(last + 1))
              || (TERMINALS.contains(tokens.get(i).form()) && startsSentence(tokens.get(last + 1)));
      if (breaks) {
        sentences.add(new Sentence(sentences.size(), tokens.subList(begin, last + 1)));
        begin = last + 1;
      }
      i = last;
    }
    return sentences;
  }

  private static boolean startsSentence(Token next) {
    if (next.kind() == TokenKind.NUMBER || OPENERS.contains(next.form())) {
      return true;
    }
    return Character.isUpperCase(next.form().codePointAt(0));
  }

  private static boolean lineBreakBetween(String text, Token left, Token right) {
    for (int k = left.end(); k < right.start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
