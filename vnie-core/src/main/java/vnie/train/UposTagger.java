package vnie.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vnie.core.Sentence;
import vnie.pos.PosTagger;

/**
 * A tagger of UD Vietnamese-VTB's XPOS tags with its tags turned into universal tags as that
 * treebank turns them (each XPOS tag has one UPOS tag there, but for {@code là}, a verb whose UPOS
 * is {@code AUX}): for scoring on a treebank that has only UPOS tags, such as UD Vietnamese-TueCL.
 * Tags outside the table stay as they are. Thread-safe when the tagger is.
 */
public final class UposTagger implements PosTagger {
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

  private final PosTagger xpos;

  /** The universal tags of {@code xpos}'s tags. */
  public UposTagger(PosTagger xpos) {
    this.xpos = xpos;
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<String> tags = xpos.tag(sentence);
    List<String> out = new ArrayList<>(tags.size());
    for (int i = 0; i < tags.size(); i++) {
      out.add(upos(sentence.words().get(i).form(), tags.get(i)));
    }
    return out;
  }

  /** The UPOS tag VTB gives a word of {@code form} tagged {@code xpos}. */
  static String upos(String form, String xpos) {
    if (xpos.equals("V") && form.toLowerCase(Locale.ROOT).equals("là")) {
      return "AUX";
    }
    String upos = UPOS.get(xpos);
    if (upos != null) {
      return upos;
    }
    // Punctuation marks are their own XPOS tags.
    return xpos.codePoints().anyMatch(Character::isLetterOrDigit) ? xpos : "PUNCT";
  }
}
