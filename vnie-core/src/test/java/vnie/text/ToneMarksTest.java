package vnie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTest {
  @ParameterizedTest
  @CsvSource({
    // both styles of oa, oe, uy give the tone on the second vowel
    "úy, uý",
    "uý, uý",
    "hòa, hoà",
    "hoà, hoà",
    "thủy, thuỷ",
    "khỏe, khoẻ",
    "họa, hoạ",
    // qu is a consonant: its u carries no tone
    "quý, quý",
    "quả, quả",
    // other syllables, also with a final consonant, stay as they are
    "hoàng, hoàng",
    "tuyến, tuyến",
    "của, của",
    "hoa, hoa",
    "đại, đại",
    "ôi, ôi"
  })
  void putsTheToneOfAFinalGlideOnItsLastVowel(String syllable, String canonical) {
    assertEquals(canonical, ToneMarks.canonical(syllable));
  }
}
