package vnie.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.text.Tokenizer;

class LexiconSegmenterTest {
  private final LexiconSegmenter segmenter = new LexiconSegmenter();

  private List<String> words(String text) {
    Sentence s = new Sentence(0, new Tokenizer().tokenize(text));
    return segmenter.segment(s).stream().map(Word::form).toList();
  }

  @Test
  void joinsListedWordsAndNames() {
    assertEquals(
        List.of("Quân_đội", "Vệ_binh", "số", "5", "do", "Tướng", "Alexey_Zhadov", "chỉ_huy"),
        words("Quân đội Vệ binh số 5 do Tướng Alexey Zhadov chỉ huy"));
  }

  @Test
  void wordsCarryOffsetsAndCoverEveryToken() {
    Sentence s = new Sentence(0, new Tokenizer().tokenize("Trung úy Albert Kotzebue dẫn đầu."));
    List<Word> words = segmenter.segment(s);
    assertEquals(
        List.of("Trung_úy", "Albert_Kotzebue", "dẫn_đầu", "."),
        words.stream().map(Word::form).toList());
    assertEquals(9, words.get(1).start());
    assertEquals(24, words.get(1).end());
    assertEquals(s.tokens().size(), words.get(3).endToken());
  }
}
