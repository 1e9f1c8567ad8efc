package vnie.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSDictionary;
import org.junit.jupiter.api.Test;

/** The tags a word had in training, and for an unseen word those of its syllables. */
class AmbiguityClassesTest {
  private static final AmbiguityClasses CLASSES =
      AmbiguityClasses.of(
          Map.of(
              "đến", List.of("V", "Pre"),
              "tới", List.of("Pre", "V"),
              "quân_đội", List.of("N"),
              "chỉ_huy", List.of("V", "N"),
              "Liên_Xô", List.of("NNP")));

  @Test
  void aSeenWordHasItsTagsSorted() {
    assertEquals("Pre|V", CLASSES.of("đến"));
    assertEquals("N", CLASSES.of("quân_đội"));
    assertTrue(CLASSES.knows("đến"));
    assertEquals("N|V", CLASSES.of("chỉ_huy"));
    assertSame(CLASSES.of("đến"), CLASSES.of("tới"), "equal classes share one string");
  }

  @Test
  void anUnseenWordHasTheClassOfItsLastSyllableAsWritten() {
    assertFalse(CLASSES.knows("đơn_vị_quân_đội"));
    assertEquals("?N", CLASSES.of("bộ_đội"));
    assertEquals("?NNP", CLASSES.of("Xô"));
    assertEquals("?", CLASSES.of("xô"));
    assertEquals("?", CLASSES.of("Elbe"));
  }

  @Test
  void theFirstSyllableClassCountsTheWordsItBegins() {
    assertEquals("?N|V", CLASSES.ofFirst("chỉ_đạo"));
    assertEquals("?N", CLASSES.ofFirst("quân"));
    assertEquals("?", CLASSES.ofFirst("sông"));
  }

  @Test
  void aModelsTagDictionaryGivesTheSameClasses() {
    POSDictionary dictionary = new POSDictionary(true);
    dictionary.put("đến", "V", "Pre");
    dictionary.put("Liên_Xô", "NNP");
    AmbiguityClasses fromModel = AmbiguityClasses.of(dictionary);
    assertEquals("Pre|V", fromModel.of("đến"));
    assertEquals("?NNP", fromModel.of("Xô"));
  }
}
