package vnie.ner;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * The BIO label of each token of a sentence under a set of mentions ({@code B-PERSON}, {@code
 * I-PERSON}, {@code O}), with the provenance of the mention that gave it: the rules' findings as
 * features of the entity model, and the gold labels it learns from. A token belongs to a mention
 * that covers it whole; a mention that starts or ends inside a token gives no label.
 */
final class RuleLabels {
  private static final Map<EntityType, String> BEGIN = labels("B-");
  private static final Map<EntityType, String> INSIDE = labels("I-");

  private final String[] labels;
  private final String[] sources;

  private RuleLabels(String[] labels, String[] sources) {
    this.labels = labels;
    this.sources = sources;
  }

  /** One label per token. */
  String[] labels() {
    return labels;
  }

  /** One provenance per token, {@code O} outside mentions. */
  String[] sources() {
    return sources;
  }

  /** The labels of the tokens of {@code sentence} under {@code mentions}, in text order. */
  static RuleLabels of(Sentence sentence, List<Mention> mentions) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    String[] labels = new String[n];
    String[] sources = new String[n];
    Arrays.fill(labels, EntityFeatures.OUTSIDE);
    Arrays.fill(sources, EntityFeatures.OUTSIDE);
    int first = 0;
    for (Mention m : mentions) {
      // Mentions come in text order, so the search for the first token goes on from the last.
      while (first < n && tokens.get(first).start() < m.start()) {
        first++;
      }
      if (first == n || tokens.get(first).start() != m.start()) {
        continue;
      }
      int last = first;
      while (last + 1 < n && tokens.get(last + 1).end() <= m.end()) {
        last++;
      }
      if (tokens.get(last).end() != m.end()) {
        continue;
      }
      for (int i = first; i <= last; i++) {
        labels[i] = i == first ? BEGIN.get(m.type()) : INSIDE.get(m.type());
        sources[i] = m.provenance().source();
      }
    }
    return new RuleLabels(labels, sources);
  }

  /** The label of a mention of {@code type} that starts at a token ({@code B-}) or not. */
  static String label(EntityType type, boolean begins) {
    return begins ? BEGIN.get(type) : INSIDE.get(type);
  }

  private static Map<EntityType, String> labels(String prefix) {
    Map<EntityType, String> out = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      out.put(t, prefix + t.name());
    }
    return out;
  }
}
