package vnie.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import org.junit.jupiter.api.Test;

class TokenContextTest {
  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate WORD = TEMPLATES.of("w=");
  private static final FeatureTemplate PREVIOUS = TEMPLATES.of("p=");

  /** A sentence whose token features are its word and the label before it. */
  private static TokenContext sentence(String... words) {
    return new TokenContext() {
      @Override
      public int size() {
        return words.length;
      }

      @Override
      public void add(int i, String previous, String beforePrevious, FeatureSink sink) {
        sink.add(WORD, words[i]);
        sink.add(PREVIOUS, previous);
      }
    };
  }

  private static List<String> read(ObjectStream<Event> stream) throws Exception {
    List<String> out = new ArrayList<>();
    for (Event e = stream.read(); e != null; e = stream.read()) {
      out.add(e.getOutcome() + " " + Arrays.toString(e.getContext()));
    }
    return out;
  }

  @Test
  void theStreamWritesEachSentencesGoldEventsInOrderAndAgainAfterReset() throws Exception {
    ObjectStream<Event> stream =
        TokenContext.goldEventStream(
            List.of(sentence("Trần", "Hưng", "Đạo"), sentence(), sentence("đánh")),
            List.of(
                new String[] {"B-PERSON", "I-PERSON", "I-PERSON"},
                new String[0],
                new String[] {"O"}));
    List<String> expected =
        List.of(
            "B-PERSON [w=Trần, p=<s>]",
            "I-PERSON [w=Hưng, p=B-PERSON]",
            "I-PERSON [w=Đạo, p=I-PERSON]",
            "O [w=đánh, p=<s>]");
    assertEquals(expected, read(stream));
    assertNull(stream.read());
    stream.reset();
    assertEquals(expected, read(stream));
  }

  @Test
  void sentencesAndLabelsMustMatchInNumber() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenContext.goldEventStream(List.of(sentence("a")), List.of()));
  }
}
