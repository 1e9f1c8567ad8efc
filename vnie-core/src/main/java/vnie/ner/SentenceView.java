package vnie.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.core.Word;
import vnie.text.PhraseLexicon;

/** A sentence and its document text, with the small token tests every rule needs. */
record SentenceView(
    String text, Sentence sentence, Set<Integer> wordStarts, List<Integer> wordEndOfToken) {

  static SentenceView of(String text, Sentence sentence) {
    Set<Integer> starts = new HashSet<>();
    List<Integer> ends = new ArrayList<>();
    for (Word w : sentence.words()) {
      starts.add(w.firstToken());
      for (int k = 0; k < w.tokenCount(); k++) {
        ends.add(w.endToken());
      }
    }
    if (sentence.words().isEmpty()) {
      for (int i = 0; i < sentence.tokens().size(); i++) {
        starts.add(i);
        ends.add(i + 1);
      }
    }
    starts.add(sentence.tokens().size());
    return new SentenceView(text, sentence, Set.copyOf(starts), List.copyOf(ends));
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  int size() {
    return sentence.tokens().size();
  }

  boolean inRange(int i) {
    return i >= 0 && i < size();
  }

  String form(int i) {
    return inRange(i) ? tokens().get(i).form() : "";
  }

  String lower(int i) {
    return form(i).toLowerCase(Locale.ROOT);
  }

  /** A capitalised word or initial, the stuff names are made of. */
  boolean isNamePart(int i) {
    if (!inRange(i)) {
      return false;
    }
    Token t = tokens().get(i);
    return t.isCapitalized() && (t.is(TokenKind.WORD) || t.is(TokenKind.ABBREVIATION));
  }

  boolean isNumber(int i) {
    return inRange(i) && tokens().get(i).is(TokenKind.NUMBER);
  }

  /**
   * True when a name matched at [from, to) does not end inside a word that goes on in lowercase
   * ({@code Anh} of {@code Anh hùng}); a capitalised run before it may share its word.
   */
  boolean endsAtWordEnd(int from, int to) {
    return to >= size() || wordEndOfToken.get(to - 1) <= to;
  }

  /** The length of the longest phrase of {@code lexicon} at token {@code i}, or 0. */
  int lengthAt(PhraseLexicon<?> lexicon, int i) {
    if (!inRange(i)) {
      return 0;
    }
    PhraseLexicon.Match<?> m = lexicon.longestAt(tokens(), i);
    return m == null ? 0 : m.length();
  }

  /**
   * True when a phrase of {@code lexicon} (of at most four tokens) ends right before {@code end}.
   */
  boolean endsWith(PhraseLexicon<?> lexicon, int end) {
    for (int from = Math.max(0, end - 4); from < end && end <= size(); from++) {
      if (lexicon.matchesExactly(tokens(), from, end)) {
        return true;
      }
    }
    return false;
  }

  /** True when the tokens [from, to) are whole words of the segmentation. */
  boolean isWholeWords(int from, int to) {
    return wordStarts.contains(from) && wordStarts.contains(to);
  }

  /**
   * True when the tokens [from, to) are whole words, or start a word whose other tokens are all
   * name parts: the trained segmenter joins a capitalised title with the name after it as one word
   * ({@code Tướng_Alexey_Zhadov}), and the title is still a title.
   */
  boolean isWholeWordsOrBeforeName(int from, int to) {
    if (isWholeWords(from, to)) {
      return true;
    }
    if (!wordStarts.contains(from) || to >= size()) {
      return false;
    }
    int wordEnd = wordEndOfToken.get(to - 1);
    for (int i = to; i < wordEnd; i++) {
      if (!isNamePart(i)) {
        return false;
      }
    }
    return wordEnd > to;
  }

  /**
   * The end of the run of name parts starting at {@code from}. A capitalised word carries its
   * lowercase syllables with it ({@code Vệ binh} is one word), and inner hyphens join ({@code
   * Jean-Baptiste}).
   */
  int nameRunEnd(int from, int maxTokens) {
    int i = from;
    while (isNamePart(i) && i - from < maxTokens) {
      i = Math.max(i + 1, wordEndOfToken.get(i));
      boolean hyphenJoined =
          form(i).equals("-")
              && isNamePart(i + 1)
              && tokens().get(i).start() == tokens().get(i - 1).end()
              && tokens().get(i + 1).start() == tokens().get(i).end();
      if (hyphenJoined) {
        i++;
      }
    }
    return i;
  }

  Mention mention(EntityType type, int from, int to, String value, String source) {
    return Mention.of(
        text,
        type,
        tokens().get(from).start(),
        tokens().get(to - 1).end(),
        value,
        new Provenance(source));
  }

  Candidate candidate(
      EntityType type, int from, int to, String value, String source, int priority) {
    return new Candidate(
        mention(type, from, to, value, source), priority, sentence.index(), from, to);
  }
}
