package vnie.segment;

import java.util.List;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;

/** Groups the syllable tokens of a sentence into words. Implementations are thread-safe. */
public interface WordSegmenter {
  /** The words of {@code sentence}, covering every token exactly once, in order. */
  List<Word> segment(Sentence sentence);

  /** The word made of {@code length} tokens from {@code first}: their forms joined by {@code _}. */
  static Word word(List<Token> tokens, int first, int length) {
    Token last = tokens.get(first + length - 1);
    String form;
    if (length == 1) {
      form = tokens.get(first).form();
    } else {
      StringBuilder joined = new StringBuilder();
      for (int k = first; k < first + length; k++) {
        if (k > first) {
          joined.append('_');
        }
        joined.append(tokens.get(k).form());
      }
      form = joined.toString();
    }
    return new Word(form, tokens.get(first).start(), last.end(), first, length, "");
  }
}
