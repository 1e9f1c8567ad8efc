package vnie.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnie.core.EntityType;
import vnie.core.Sentence;
import vnie.core.Token;

/**
 * What the rest of a document says of a capitalised word: the type the rules gave its other
 * occurrences, and the type the entity model gave it in earlier sentences. A name found once (by a
 * rule, or by the model where its context was clear) is then found again where its context says
 * little: {@code Soubise} after {@code Thống chế Soubise}. Belongs to one document and one thread;
 * the model's history grows as its sentences are labelled, in text order.
 */
final class DocumentMemory {
  /** The value where the word occurs elsewhere, but never inside a mention. */
  static final String NONE = EntityFeatures.OUTSIDE;

  private static final EntityType[] TYPES = EntityModelTrainer.TYPES.toArray(new EntityType[0]);
  // Each BIO label's slot in a count: 0 outside (and DATE, left to the date grammar), 1 + type.
  private static final Map<String, Integer> SLOT = slots();

  private final Map<String, int[]> ruleCounts = new HashMap<>();
  private final Map<String, int[]> history = new HashMap<>();

  private DocumentMemory() {}

  /** The memory of a document whose sentences carry {@code ruleLabels} (one array a sentence). */
  static DocumentMemory of(List<Sentence> sentences, List<String[]> ruleLabels) {
    DocumentMemory memory = new DocumentMemory();
    for (int s = 0; s < sentences.size(); s++) {
      memory.count(memory.ruleCounts, sentences.get(s), ruleLabels.get(s));
    }
    return memory;
  }

  /**
   * For each token of {@code sentence}: the type the rules gave most often to the same capitalised
   * word elsewhere in the document, {@link #NONE} when it occurs elsewhere outside every mention,
   * or null (not capitalised, or nowhere else). {@code labels} are this sentence's rule labels,
   * which are left out of the count.
   */
  String[] ruleTypes(Sentence sentence, String[] labels) {
    List<Token> tokens = sentence.tokens();
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      int[] counts = ruleCounts.get(key(tokens.get(i)));
      if (counts != null) {
        // This occurrence is taken out of the count while it is read, and put back.
        int own = slot(labels[i]);
        counts[own]--;
        out[i] = dominant(counts);
        counts[own]++;
      }
    }
    return out;
  }

  /** For each token of {@code sentence}: the type the model gave the same word before, or null. */
  String[] historyTypes(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      int[] counts = history.get(key(tokens.get(i)));
      out[i] = counts == null ? null : dominant(counts);
    }
    return out;
  }

  /** Adds the labels the model chose for {@code sentence} to its history. */
  void remember(Sentence sentence, String[] labels) {
    count(history, sentence, labels);
  }

  private void count(Map<String, int[]> into, Sentence sentence, String[] labels) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String key = key(tokens.get(i));
      if (key != null) {
        into.computeIfAbsent(key, k -> new int[TYPES.length + 1])[slot(labels[i])]++;
      }
    }
  }

  private static Map<String, Integer> slots() {
    Map<String, Integer> out = new HashMap<>();
    for (int t = 0; t < TYPES.length; t++) {
      out.put(RuleLabels.label(TYPES[t], true), t + 1);
      out.put(RuleLabels.label(TYPES[t], false), t + 1);
    }
    return out;
  }

  /** 0 for outside (and DATE, which the model leaves to the grammar), else 1 + the type. */
  private static int slot(String label) {
    return SLOT.getOrDefault(label, 0);
  }

  /** The type with most occurrences (the first type on a tie), {@link #NONE}, or null if none. */
  private static String dominant(int[] counts) {
    int best = 0;
    for (int t = 1; t < counts.length; t++) {
      if (counts[t] > 0 && counts[t] > (best == 0 ? 0 : counts[best])) {
        best = t;
      }
    }
    if (best > 0) {
      return TYPES[best - 1].name();
    }
    return counts[0] > 0 ? NONE : null;
  }

  /** The word as written when it begins with a capital letter, else null. */
  private static String key(Token token) {
    String form = token.form();
    return !form.isEmpty() && Character.isUpperCase(form.codePointAt(0)) ? form : null;
  }
}
