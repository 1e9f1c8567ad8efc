package vnie.core;

import java.util.List;

/**
 * A sentence with its tokens and, once segmented, its words.
 *
 * @param index position of the sentence in the document, from 0
 * @param start offset of the first token in the text as read
 * @param end offset after the last token
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Word> words) {
  public Sentence {
    tokens = List.copyOf(tokens);
    words = List.copyOf(words);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty sentence " + index);
    }
  }

  public Sentence(int index, List<Token> tokens) {
    this(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of());
  }

  public Sentence withWords(List<Word> newWords) {
    return new Sentence(index, start, end, tokens, newWords);
  }

  public Span span() {
    return new Span(start, end);
  }
}
