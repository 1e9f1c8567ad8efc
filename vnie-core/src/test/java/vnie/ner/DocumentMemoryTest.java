package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.classify.FeatureStrings;
import vnie.core.Document;
import vnie.core.Sentence;

class DocumentMemoryTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();

  // Tokens: "Thống" "chế" "Soubise" "đến" "Lille" "." | "Soubise" "rút" "về" "Lille" "."
  private static final Document DOC =
      RULES.process("d", "Thống chế Soubise đến Lille. Soubise rút về Lille.");

  private static String[] labels(Sentence sentence, Map<String, String> byForm) {
    return sentence.tokens().stream()
        .map(t -> byForm.getOrDefault(t.form(), "O"))
        .toArray(String[]::new);
  }

  private static final String[] FIRST =
      labels(DOC.sentences().get(0), Map.of("Soubise", "B-PERSON", "Lille", "B-LOCATION"));
  private static final String[] SECOND =
      labels(DOC.sentences().get(1), Map.of("Lille", "B-LOCATION"));

  @Test
  void aCapitalisedWordTakesTheTypeTheRulesGaveItElsewhereInTheDocument() {
    DocumentMemory memory = DocumentMemory.of(DOC.sentences(), List.of(FIRST, SECOND));

    // Soubise is a PERSON in the first sentence, so its second occurrence hears of it; the first
    // hears only of the second, outside every mention; lower-case words are never looked up.
    assertArrayEquals(
        new String[] {null, null, "O", null, "LOCATION", null},
        memory.ruleTypes(DOC.sentences().get(0), FIRST));
    assertArrayEquals(
        new String[] {"PERSON", null, null, "LOCATION", null},
        memory.ruleTypes(DOC.sentences().get(1), SECOND));
  }

  @Test
  void theModelsHistoryHoldsOnlyTheSentencesItHasLabelled() {
    DocumentMemory memory = DocumentMemory.of(DOC.sentences(), List.of(FIRST, SECOND));
    Sentence second = DOC.sentences().get(1);
    assertArrayEquals(new String[5], memory.historyTypes(second));

    memory.remember(DOC.sentences().get(0), FIRST);

    assertArrayEquals(
        new String[] {"PERSON", null, null, "LOCATION", null}, memory.historyTypes(second));
  }

  @Test
  void theDocumentFeaturesAreWrittenOnlyForAModelTrainedWithThem() {
    DocumentMemory memory = DocumentMemory.of(DOC.sentences(), List.of(FIRST, SECOND));
    memory.remember(DOC.sentences().get(0), FIRST);

    List<String> with =
        firstTokenFeatures(memory, new FeatureGroups(true, true, true, true, false));
    List<String> without =
        firstTokenFeatures(memory, new FeatureGroups(true, true, true, false, false));

    assertEquals(List.of("dr=PERSON", "dh=PERSON"), with.subList(with.size() - 2, with.size()));
    assertFalse(without.stream().anyMatch(f -> f.startsWith("d")));
  }

  /** The features of the second sentence's first token, no gazetteers or clusters. */
  private static List<String> firstTokenFeatures(DocumentMemory memory, FeatureGroups groups) {
    Gazetteers none = Gazetteers.of(Map.of());
    WordClusters noClusters = WordClusters.of(List.of(4), Map.of());
    FeatureStrings written = new FeatureStrings();
    new EntityFeatures(DOC.sentences().get(1), none, noClusters, SECOND, SECOND, memory, groups)
        .add(0, "<s>", "<s>", written);
    return Arrays.asList(written.toArray());
  }

  @Test
  void modelsTrainedBeforeTheDocumentFeaturesReadWithoutThem() {
    assertFalse(FeatureGroups.parse("gazetteers,clusters,rules").document());
    assertEquals("gazetteers,clusters,rules,document,context", FeatureGroups.all().manifestValue());
  }
}
