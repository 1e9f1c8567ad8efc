package vnie.train;

import java.util.Map;

/**
 * Brings the XPOS tags of UD Vietnamese-VTB's dev file to the scheme of its train and test files.
 * Since UD 2.12 dev writes {@code ADV}, {@code PRE}, {@code C}, {@code PUNCT} … where train and
 * test write {@code Adv}, {@code Pre}, {@code SC} and the punctuation mark itself; mixed in
 * unmapped, those tags would be separate classes the test never asks for. Dev has no {@code Nc}
 * (classifier nouns are {@code N} there), which no mapping can restore. The files outside the
 * release ({@code not-to-release/}) mix both spellings, and dev-1 writes {@code aux} for {@code
 * AUX}.
 */
final class XposScheme {
  private static final Map<String, String> DEV_TO_TRAIN =
      Map.ofEntries(
          Map.entry("ADV", "Adv"),
          Map.entry("ADJ", "Adj"),
          Map.entry("PRE", "Pre"),
          Map.entry("PRO", "Pro"),
          Map.entry("NUM", "Num"),
          Map.entry("NUMX", "Num"),
          Map.entry("DET", "Det"),
          Map.entry("L", "Det"),
          Map.entry("NU", "Nu"),
          Map.entry("NY", "Ny"),
          Map.entry("NB", "Nb"),
          Map.entry("PRT", "Prt"),
          Map.entry("PART", "Prt"),
          Map.entry("C", "SC"),
          Map.entry("SCONJ", "SC"),
          Map.entry("VERB", "V"),
          Map.entry("NNPY", "NNP"),
          Map.entry("NNPy", "NNP"),
          Map.entry("Aux", "AUX"),
          Map.entry("aux", "AUX"));

  private XposScheme() {}

  /** The tag of {@code word} in the train/test scheme. */
  public static String normalize(TreebankWord word) {
    String xpos = word.xpos();
    if (xpos.equals("PUNCT")) {
      return punctuationTag(word.form());
    }
    return DEV_TO_TRAIN.getOrDefault(xpos, xpos);
  }

  /** {@code word} with its XPOS in the train/test scheme. */
  public static TreebankWord normalized(TreebankWord word) {
    return new TreebankWord(word.form(), word.upos(), normalize(word));
  }

  /** Train and test tag a punctuation mark with itself, and straight quotes with {@code ``}. */
  private static String punctuationTag(String form) {
    return switch (form) {
      case "\"", "“", "”", "''" -> "``";
      default -> form;
    };
  }
}
