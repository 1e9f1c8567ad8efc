package vnie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;

class SentenceSplitterTest {
  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text, tokenizer.tokenize(text)).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void splitsAtFinalPunctuationBeforeACapital() {
    assertEquals(
        List.of("Quân đội Mỹ đã đến Elbe.", "Về lý thuyết, họ có thể tiến về Berlin."),
        sentences("Quân đội Mỹ đã đến Elbe. Về lý thuyết, họ có thể tiến về Berlin."));
  }

  @Test
  void doesNotSplitAfterAnInitial() {
    assertEquals(
        List.of("Hạ sĩ James J. McDonnell nhớ lại."),
        sentences("Hạ sĩ James J. McDonnell nhớ lại."));
  }

  @Test
  void keepsClosingQuotesWithTheSentenceAndSplitsAtLineBreaks() {
    String text = "Họ hét lên: “Hitler caput. Harrah!'”\r\n“Một khi họ nhận ra chúng tôi”, ông nói";
    assertEquals(
        List.of(
            "Họ hét lên: “Hitler caput.", "Harrah!'”", "“Một khi họ nhận ra chúng tôi”, ông nói"),
        sentences(text));
  }

  @Test
  void numbersSentencesInOrder() {
    List<Sentence> s = splitter.split("A b. C d.\nE", tokenizer.tokenize("A b. C d.\nE"));
    assertEquals(List.of(0, 1, 2), s.stream().map(Sentence::index).toList());
  }
}
