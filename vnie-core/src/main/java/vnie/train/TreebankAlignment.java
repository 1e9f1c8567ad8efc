package vnie.train;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;
import vnie.segment.WordSegmenter;
import vnie.text.Tokenizer;

/**
 * Turns a treebank sentence into a vnie {@link Sentence} whose tokens come from vnie's own {@link
 * Tokenizer} (so that training and run time see the same syllables) and whose words are the gold
 * words, aligned to the tokens by character offsets and tagged with the chosen tag column.
 */
public final class TreebankAlignment {
  /** Which tag column the words carry. */
  public enum TagColumn {
    XPOS,
    UPOS
  }

  private final Tokenizer tokenizer;
  private final TagColumn column;

  public TreebankAlignment(Tokenizer tokenizer, TagColumn column) {
    this.tokenizer = tokenizer;
    this.column = column;
  }

  /**
   * The sentence with gold words. A gold word whose text holds no token is dropped; a token is
   * never cut by a word boundary, because the text puts a space between words and no token spans
   * one.
   */
  public Sentence align(TreebankSentence gold) {
    String text = gold.text();
    List<Token> tokens = tokenizer.tokenize(text);
    int[] starts = gold.wordStarts();
    List<Word> words = new ArrayList<>();
    int t = 0;
    for (int w = 0; w < gold.words().size(); w++) {
      int end = starts[w] + gold.words().get(w).form().length();
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= end) {
        t++;
      }
      if (t > first) {
        TreebankWord g = gold.words().get(w);
        String tag = column == TagColumn.XPOS ? g.xpos() : g.upos();
        words.add(WordSegmenter.word(tokens, first, t - first).withTag(tag));
      }
    }
    if (t != tokens.size()) {
      throw new IllegalStateException("tokens past the last word in " + gold.id());
    }
    return new Sentence(0, tokens).withWords(words);
  }

  /** Every sentence of {@code gold} aligned; sentences without any token are left out. */
  public List<Sentence> alignAll(List<TreebankSentence> gold) {
    List<Sentence> out = new ArrayList<>(gold.size());
    for (TreebankSentence s : gold) {
      if (!tokenizer.tokenize(s.text()).isEmpty()) {
        out.add(align(s));
      }
    }
    return out;
  }
}
