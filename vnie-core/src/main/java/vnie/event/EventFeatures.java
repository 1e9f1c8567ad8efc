package vnie.event;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vnie.core.Argument;
import vnie.core.Event;
import vnie.core.Relation;
import vnie.core.Token;
import vnie.core.Word;
import vnie.text.PhraseLexicon;

/**
 * What the event and relation models know of one sentence, computed once: each token's lowercase
 * form, word of the segmentation and POS; the trigger lexicon's label for it ({@code B-Attack} …);
 * the kind of a suppressing cue just before it (negation, modality, plan, purpose); its cue group;
 * the entity label it lies in; the rules' trigger label for it; its clause; and the rules'
 * relations and event arguments, for the pair models to read. Immutable.
 */
final class EventFeatures {
  static final String OUTSIDE = "O";
  private static final int SUPPRESSOR_WINDOW = 3;
  private static final int FAR_SUPPRESSOR_WINDOW = 10;
  private static final String PRONOUNS = "pronoun";

  private final EventSentence sentence;
  private final Clauses clauses;
  private final String[] lower;
  private final String[] segment;
  private final String[] lexicon;
  private final String[] suppressor;
  private final String[] farSuppressor;
  private final String[] cue;
  private final boolean[] pronoun;
  private final String[] entity;
  private final String[] ruleTrigger;
  private final List<Event> ruleEvents;
  private final List<Relation> ruleRelations;

  EventFeatures(
      EventSentence sentence,
      EventLexicons lex,
      List<Event> ruleEvents,
      List<Relation> ruleRelations) {
    this.sentence = sentence;
    this.clauses = Clauses.of(sentence, lex.cues());
    this.ruleEvents = List.copyOf(ruleEvents);
    this.ruleRelations = List.copyOf(ruleRelations);
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    lower = new String[n];
    segment = new String[n];
    lexicon = new String[n];
    suppressor = new String[n];
    farSuppressor = new String[n];
    cue = new String[n];
    pronoun = new boolean[n];
    entity = new String[n];
    ruleTrigger = new String[n];
    Arrays.fill(lexicon, OUTSIDE);
    Arrays.fill(suppressor, OUTSIDE);
    Arrays.fill(farSuppressor, OUTSIDE);
    Arrays.fill(cue, OUTSIDE);
    Arrays.fill(entity, OUTSIDE);
    Arrays.fill(ruleTrigger, OUTSIDE);
    for (int i = 0; i < n; i++) {
      lower[i] = sentence.lower(i);
      segment[i] = lower[i];
    }
    for (Word w : sentence.sentence().words()) {
      String form = w.form().toLowerCase(Locale.ROOT);
      for (int k = w.firstToken(); k < w.endToken() && k < n; k++) {
        segment[k] = form;
      }
    }
    for (int i = 0; i < n; ) {
      PhraseLexicon.Match<TriggerEntry> m = lex.triggers().longestAt(tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      String type = m.value().type().name();
      for (int k = i; k < i + m.length(); k++) {
        lexicon[k] = (k == i ? "B-" : "I-") + type;
      }
      i += m.length();
    }
    for (int i = 0; i < n; i++) {
      PhraseLexicon.Match<String> m = lex.suppressors().longestAt(tokens, i);
      if (m == null || m.value().equals(EventLexicons.NOT_A_CUE)) {
        continue;
      }
      int end = i + m.length();
      for (int k = end; k < Math.min(n, end + SUPPRESSOR_WINDOW); k++) {
        if (clauses.of(k).index() != clauses.of(i).index()) {
          break;
        }
        suppressor[k] = m.value();
      }
      // Further back in the same clause, or across a comma (mục đích là pháo kích và chiếm …).
      for (int k = end; k < Math.min(n, end + FAR_SUPPRESSOR_WINDOW); k++) {
        if (Clauses.isHardStop(sentence, k)) {
          break;
        }
        farSuppressor[k] = m.value();
      }
    }
    for (String group :
        List.of(
            "passive",
            "aspect",
            "preposition",
            "place-preposition",
            "destination-preposition",
            "source-preposition",
            "agent-marker",
            "under-command",
            "lead-verb",
            "nominalizer",
            "clause-opener",
            "sequence-opener")) {
      for (int i = 0; i < n; i++) {
        if (cue[i].equals(OUTSIDE)
            && lex.cues().has(group)
            && lex.cues().lengthAt(group, tokens, i) > 0) {
          cue[i] = group;
        }
      }
    }
    // Optional, unlike the lists of CueList that the rules need: a rule pack written before the
    // relation model read pronouns stays valid, its pairs simply never see one.
    if (lex.cues().has(PRONOUNS)) {
      for (int i = 0; i < n; i++) {
        pronoun[i] = lex.cues().lengthAt(PRONOUNS, tokens, i) > 0;
      }
    }
    for (Anchored a : sentence.mentions()) {
      for (int k = a.from(); k < a.to(); k++) {
        entity[k] = (k == a.from() ? "B-" : "I-") + a.type().name();
      }
    }
    for (Event e : ruleEvents) {
      int from = tokenStarting(e.start());
      int to = tokenEnding(e.end());
      if (from >= 0 && to >= from) {
        for (int k = from; k <= to; k++) {
          ruleTrigger[k] = (k == from ? "B-" : "I-") + e.type().name();
        }
      }
    }
  }

  EventSentence sentence() {
    return sentence;
  }

  int size() {
    return lower.length;
  }

  String lower(int i) {
    return lower[i];
  }

  String segment(int i) {
    return segment[i];
  }

  String tag(int i) {
    return sentence.tag(i);
  }

  String lexicon(int i) {
    return lexicon[i];
  }

  String suppressor(int i) {
    return suppressor[i];
  }

  /** The kind of a suppressing cue up to ten tokens before, with no . ; : between. */
  String farSuppressor(int i) {
    return farSuppressor[i];
  }

  String cue(int i) {
    return cue[i];
  }

  /** Whether token {@code i} is a personal pronoun ({@code ông}, {@code bà} …). */
  boolean pronoun(int i) {
    return pronoun[i];
  }

  String entity(int i) {
    return entity[i];
  }

  String ruleTrigger(int i) {
    return ruleTrigger[i];
  }

  int clause(int i) {
    return clauses.of(i).index();
  }

  /** The role the rules gave {@code mention} in their event whose trigger overlaps [from, to). */
  String ruleRole(int from, int to, Anchored mention) {
    int start = sentence.tokens().get(from).start();
    int end = sentence.tokens().get(to - 1).end();
    for (Event e : ruleEvents) {
      if (e.start() < end && start < e.end()) {
        for (Argument a : e.arguments()) {
          if (a.filler().start() == mention.mention().start()
              && a.filler().end() == mention.mention().end()) {
            return a.role();
          }
        }
      }
    }
    return "none";
  }

  /** The relation the rules found between {@code person} and {@code other}, or {@code none}. */
  String ruleRelation(Anchored person, Anchored other) {
    for (Relation r : ruleRelations) {
      if (r.arg1().start() == person.mention().start()
          && r.arg2().start() == other.mention().start()
          && r.arg2().end() == other.mention().end()) {
        return r.type().name();
      }
    }
    return "none";
  }

  private int tokenStarting(int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == offset) {
        return i;
      }
    }
    return -1;
  }

  private int tokenEnding(int offset) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == offset) {
        return i;
      }
    }
    return -1;
  }
}
