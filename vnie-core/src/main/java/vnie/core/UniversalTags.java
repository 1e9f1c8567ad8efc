package vnie.core;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The universal part-of-speech tag (UPOS) of a word tagged with UD Vietnamese-VTB's XPOS tags, as
 * that treebank gives it: each XPOS tag has one UPOS tag there, but for {@code là}, a verb whose
 * UPOS is {@code AUX}, and punctuation marks, which are their own XPOS tags. The one table behind
 * the tagger scored on UPOS-only treebanks and the CoNLL-U writer.
 */
public final class UniversalTags {
  private static final Map<String, String> UPOS =
      Map.ofEntries(
          Map.entry("N", "NOUN"),
          Map.entry("Nc", "NOUN"),
          Map.entry("Nu", "NOUN"),
          Map.entry("Ny", "NOUN"),
          Map.entry("Nb", "NOUN"),
          Map.entry("NNP", "PROPN"),
          Map.entry("V", "VERB"),
          Map.entry("AUX", "AUX"),
          Map.entry("Adj", "ADJ"),
          Map.entry("Adv", "ADV"),
          Map.entry("Pre", "ADP"),
          Map.entry("Pro", "PRON"),
          Map.entry("Num", "NUM"),
          Map.entry("Det", "DET"),
          Map.entry("SC", "SCONJ"),
          Map.entry("CC", "CCONJ"),
          Map.entry("Prt", "PART"),
          Map.entry("X", "X"),
          Map.entry("Z", "SYM"),
          Map.entry("SYM", "X"),
          Map.entry("I", "INTJ"));

  private UniversalTags() {}

  /**
   * The UPOS tag VTB gives a word of {@code form} tagged {@code xpos}; empty for a tag outside
   * VTB's set (such as VnCoreNLP's {@code Np}, kept from its output), which has no UPOS here.
   */
  public static Optional<String> upos(String form, String xpos) {
    if (xpos.equals("V") && form.toLowerCase(Locale.ROOT).equals("là")) {
      return Optional.of("AUX");
    }
    String upos = UPOS.get(xpos);
    if (upos != null) {
      return Optional.of(upos);
    }
    // Punctuation marks are their own XPOS tags.
    boolean punctuation =
        !xpos.isEmpty() && xpos.codePoints().noneMatch(Character::isLetterOrDigit);
    return punctuation ? Optional.of("PUNCT") : Optional.empty();
  }
}
