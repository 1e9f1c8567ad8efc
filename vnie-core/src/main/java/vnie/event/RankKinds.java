package vnie.event;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kind of each rank phrase of {@code ner/ranks.tsv} ({@code rank}, {@code title}, {@code
 * commander-title}, {@code foreign}), looked up by a RANK mention's text. Immutable.
 */
record RankKinds(Map<String, String> kinds) {
  private static final Pattern SPACE = Pattern.compile(" ");

  RankKinds {
    kinds = Map.copyOf(kinds);
  }

  /** Reads the rows {@code phrase, kind}. */
  static RankKinds of(List<List<String>> rows) {
    Map<String, String> kinds = new HashMap<>();
    for (List<String> row : rows) {
      kinds.put(key(row.get(0)), row.size() > 1 ? row.get(1) : "");
    }
    return new RankKinds(kinds);
  }

  /**
   * The kind of the rank that ends the mention text, so that {@code Hạ sĩ Cpl} is {@code foreign}
   * and {@code Tư lệnh} a {@code commander-title}; empty when the text is no listed rank.
   */
  String kindOf(String mentionText) {
    String[] words = SPACE.split(key(mentionText), -1);
    for (int from = 0; from < words.length; from++) {
      String kind = kinds.get(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
      if (kind != null) {
        return kind;
      }
    }
    return "";
  }

  private static String key(String phrase) {
    return Normalizer.normalize(phrase, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .trim()
        .replaceAll("\\s+", " ");
  }
}
