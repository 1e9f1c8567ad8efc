package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * The fast decoder against OpenNLP's own name finder, on the seed article and sentences of our own:
 * the same features, and the same spans with the same probabilities, bit for bit.
 */
class NameDecoderTest {
  private static final List<String> OWN_TEXTS =
      List.of(
          "Đại tá Brandt gặp Thiếu tướng Moreau ở Leipzig. Brandt và Moreau bắt tay nhau.",
          "Ngày 12/3/1944, Sư đoàn 7 tiến về Dresden. Quân đoàn xe tăng 4 vượt sông Oder.",
          "“Muscovi!” họ hô. SS, Wehrmacht và Hồng quân 赤軍 đánh nhau ở Berlin-Mitte.");

  private static TokenNameFinderModel shippedModel() throws IOException {
    try (InputStream in = NameModel.class.getResourceAsStream(NameModel.RESOURCE)) {
      return new TokenNameFinderModel(in);
    }
  }

  /** The token forms of each sentence of the seed article and of our own texts. */
  private static List<List<String[]>> documents() throws IOException {
    Vnie rules = Vnie.builder().rulesOnly().build();
    List<String> texts = new ArrayList<>(OWN_TEXTS);
    texts.add(Files.readString(Path.of("corpus/elbe-day.txt")));
    List<List<String[]>> documents = new ArrayList<>();
    for (String text : texts) {
      Document doc = rules.process(text);
      List<String[]> sentences = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        sentences.add(s.tokens().stream().map(Token::form).toArray(String[]::new));
      }
      documents.add(sentences);
    }
    return documents;
  }

  @Test
  void theFeaturesAreOpenNlpsOwnWithTheOutcomesOfEarlierSentences() throws IOException {
    AdaptiveFeatureGenerator generator = shippedModel().getFactory().createFeatureGenerators();
    Map<String, String> previous = new HashMap<>();
    int compared = 0;
    for (String[] tokens : documents().get(3)) {
      NameFeatures ours = new NameFeatures(tokens);
      for (int i = 0; i < tokens.length; i++) {
        List<String> expected = new ArrayList<>();
        generator.createFeatures(expected, tokens, i, new String[0]);
        List<String> actual = new ArrayList<>();
        ours.addStatic(actual, i, previous);
        assertEquals(expected, actual, "token " + i + " of " + String.join(" ", tokens));
        compared++;
      }
      String[] outcomes = new String[tokens.length];
      Arrays.fill(outcomes, "other");
      outcomes[0] = "PERSON-start";
      generator.updateAdaptiveData(tokens, outcomes);
      for (int i = 0; i < tokens.length; i++) {
        previous.put(tokens[i], outcomes[i]);
      }
    }
    assertTrue(compared > 700, "compared " + compared);
  }

  @Test
  void theSpansAndProbabilitiesAreThoseOfNameFinderMe() throws IOException {
    TokenNameFinderModel model = shippedModel();
    NameDecoder decoder = NameDecoder.of(model).orElseThrow();
    NameFinderME finder = new NameFinderME(model);
    int spans = 0;
    for (List<String[]> document : documents()) {
      Map<String, String> previous = new HashMap<>();
      for (String[] tokens : document) {
        List<String> expected = describe(finder.find(tokens));
        assertEquals(expected, describe(decoder.find(tokens, previous)), String.join(" ", tokens));
        spans += expected.size();
      }
      finder.clearAdaptiveData();
    }
    assertTrue(spans > 50, "spans " + spans);
  }

  @Test
  void aModelWithOtherFeaturesIsLeftToOpenNlp() {
    AdaptiveFeatureGenerator onlyDef =
        (features, tokens, index, previousOutcomes) -> features.add("def");
    assertFalse(NameDecoder.sameFeatures(onlyDef));
  }

  private static List<String> describe(Span[] spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      // The probability in full: equal means bit for bit.
      out.add(s.getStart() + "-" + s.getEnd() + " " + s.getType() + " " + s.getProb());
    }
    return out;
  }
}
