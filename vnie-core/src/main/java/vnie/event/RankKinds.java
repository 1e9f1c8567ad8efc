package vnie.event;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import vnie.core.Token;
import vnie.text.PhraseLexicon;
import vnie.text.Tokenizer;

/**
 * The kind of each rank phrase of {@code ner/ranks.tsv} ({@code rank}, {@code title}, {@code
 * commander-title}, {@code foreign}), looked up by a RANK mention's text in the same lexicon, with
 * the same tokens and case rule, as the entity rules match ranks with. Immutable.
 */
final class RankKinds {
  private static final Tokenizer TOKENIZER = new Tokenizer(Set.of());

  private final PhraseLexicon<String> ranks;
  private final Set<String> kinds;

  /** The kinds of {@code ranks} (phrase to kind), which are {@code kinds}. */
  RankKinds(PhraseLexicon<String> ranks, Set<String> kinds) {
    this.ranks = ranks;
    this.kinds = Set.copyOf(kinds);
  }

  /**
   * The kind of the rank that ends the mention text, so that {@code Hạ sĩ Cpl} is {@code foreign}
   * and {@code Tư lệnh} a {@code commander-title}; empty when the text is no listed rank.
   */
  String kindOf(String mentionText) {
    List<Token> tokens = TOKENIZER.tokenize(Normalizer.normalize(mentionText, Normalizer.Form.NFC));
    for (int from = 0; from < tokens.size(); from++) {
      PhraseLexicon.Match<String> m = ranks.longestAt(tokens, from);
      if (m != null && from + m.length() == tokens.size()) {
        return m.value();
      }
    }
    return "";
  }

  /** True when some rank has the kind {@code kind}. */
  boolean has(String kind) {
    return kinds.contains(kind);
  }
}
