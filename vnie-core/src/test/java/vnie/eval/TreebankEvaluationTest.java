package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.segment.WordSegmenter;
import vnie.text.Tokenizer;
import vnie.train.TinyTreebank;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

class TreebankEvaluationTest {
  /** Every syllable a word: right on one-syllable words only. */
  private static final WordSegmenter SYLLABLES =
      s -> {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
          words.add(WordSegmenter.word(s.tokens(), i, 1));
        }
        return words;
      };

  @Test
  void countsWordsAsCharacterSpansAndTagsWithGoldAndPredictedWords() throws IOException {
    List<Sentence> test =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
            .alignAll(new Treebank(TinyTreebank.folder()).read(List.of("test")));
    // Gold: 12 words, 6 of them of two syllables; predicted: 18 syllables, 6 of them words.
    TreebankScores scores = TreebankEvaluation.all(test, SYLLABLES, s -> nouns(s.words().size()));
    assertEquals(new Counts(6, 12, 6), scores.segmentation());
    assertEquals(5, scores.tagsCorrect(), "the five N of the gold words");
    assertEquals(12, scores.tagsTotal());
    assertEquals(new Counts(1, 17, 11), scores.wordsWithTags(), "sông/N alone is right");
  }

  private static List<String> nouns(int n) {
    return java.util.Collections.nCopies(n, "N");
  }
}
