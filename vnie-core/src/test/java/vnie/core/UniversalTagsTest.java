package vnie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UniversalTagsTest {
  @Test
  void vtbTagsAsTheTreebankMapsThem() {
    assertEquals(Optional.of("PROPN"), UniversalTags.upos("Elbe", "NNP"));
    assertEquals(Optional.of("NOUN"), UniversalTags.upos("người", "Nc"));
    assertEquals(Optional.of("VERB"), UniversalTags.upos("gặp", "V"));
    assertEquals(Optional.of("AUX"), UniversalTags.upos("Là", "V"));
    assertEquals(Optional.of("PUNCT"), UniversalTags.upos("“", "``"));
  }

  @Test
  void tagsOutsideVtbHaveNone() {
    assertEquals(Optional.empty(), UniversalTags.upos("Elbe", "Np"));
    assertEquals(Optional.empty(), UniversalTags.upos("x", ""));
  }
}
