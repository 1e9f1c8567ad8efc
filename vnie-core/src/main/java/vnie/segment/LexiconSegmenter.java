package vnie.segment;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Lexicons;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.core.Word;
import vnie.text.PhraseLexicon;

/**
 * A first word segmenter: greedy longest match against a word list ({@code segment/words.txt}), and
 * runs of capitalised syllables that no entry covers joined into one proper name, as VnCoreNLP
 * writes {@code Alexey_Zhadov}. A name run stops before a listed word, so that titles listed as one
 * syllable ({@code Tướng}, {@code Cpl}) stay apart from the name after them. Every other syllable
 * is a word of its own.
 */
public final class LexiconSegmenter implements WordSegmenter {
  private final PhraseLexicon<String> words;

  public LexiconSegmenter() {
    this(PhraseLexicon.ofPhrases(Lexicons.lines("segment/words.txt"), true));
  }

  public LexiconSegmenter(PhraseLexicon<String> words) {
    this.words = words;
  }

  @Override
  public List<Word> segment(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int length = 1;
      PhraseLexicon.Match<String> match = words.longestAt(tokens, i);
      if (match != null) {
        length = match.length();
      } else if (isNameSyllable(tokens.get(i))) {
        while (i + length < tokens.size()
            && isNameSyllable(tokens.get(i + length))
            && lexiconWordAt(tokens, i + length) == 0) {
          length++;
        }
      }
      out.add(WordSegmenter.word(tokens, i, length));
      i += length;
    }
    return out;
  }

  private int lexiconWordAt(List<Token> tokens, int i) {
    PhraseLexicon.Match<String> match = words.longestAt(tokens, i);
    return match == null ? 0 : match.length();
  }

  private static boolean isNameSyllable(Token t) {
    return t.kind() == TokenKind.WORD && Character.isUpperCase(t.form().codePointAt(0));
  }
}
