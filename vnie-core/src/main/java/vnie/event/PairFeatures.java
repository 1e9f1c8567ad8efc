package vnie.event;

import java.util.List;
import java.util.Map;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.core.EntityType;
import vnie.core.EventType;

/**
 * The features of the two pair decisions of the event models: which role (or {@code None}) a
 * mention plays in an event of its sentence, and which relation (or {@code None}) holds between a
 * PERSON and a RANK or UNIT of its sentence. Both look at the pair's types, order and distance, the
 * words around and between them, markers of the passive and of the agent, clause and trigger
 * boundaries between them, and what the rules found for the same pair.
 */
final class PairFeatures {
  static final String NONE = "None";
  private static final int MAX_BETWEEN = 8;

  private static final FeatureTemplates ARGUMENT = new FeatureTemplates();
  private static final FeatureTemplate A_BIAS = ARGUMENT.constant("bias");
  private static final FeatureTemplate A_TYPES = ARGUMENT.of("ty=", 3, "|");
  private static final FeatureTemplate A_TRIGGER = ARGUMENT.of("tw=", 2, "|");
  private static final FeatureTemplate A_DISTANCE = ARGUMENT.of("di=", 3, "|");
  private static final FeatureTemplate A_BEFORE = ARGUMENT.of("pre=", 3, "|");
  private static final FeatureTemplate A_BEFORE_2 = ARGUMENT.of("pre2=", 2, "|");
  private static final FeatureTemplate A_AFTER = ARGUMENT.of("post=", 2, "|");
  private static final FeatureTemplate A_BETWEEN = ARGUMENT.of("bw=", 3, "|");
  private static final FeatureTemplate A_CUE_BETWEEN = ARGUMENT.of("cb=", 3, "|");
  private static final FeatureTemplate A_TRIGGER_BEFORE = ARGUMENT.of("tb=", 2, "|");
  private static final FeatureTemplate A_CLAUSE = ARGUMENT.of("cl=", 3, "|");
  private static final FeatureTemplate A_OTHERS = ARGUMENT.of("ot=", 3, "|");
  private static final FeatureTemplate A_TRIGGERS_BETWEEN = ARGUMENT.of("tr=", 2, "|");
  private static final FeatureTemplate A_RULE = ARGUMENT.of("rr=", 2, "|");
  private static final FeatureTemplate A_FIRST_WORD = ARGUMENT.of("mw=", 2, "|");
  private static final FeatureTemplate A_NEAREST = ARGUMENT.of("nr=", 3, "|");
  private static final FeatureTemplate A_CLAUSES_BETWEEN = ARGUMENT.of("cn=", 2, "|");
  private static final FeatureTemplate A_DATE_PLACE = ARGUMENT.of("dp=", 2, "|");
  private static final FeatureTemplate A_TRIGGER_PREPOSITION = ARGUMENT.of("tp=", 3, "|");

  /** Every template of {@link #argument}, in order. */
  static final List<FeatureTemplate> ARGUMENT_TEMPLATES = ARGUMENT.all();

  private static final FeatureTemplates RELATION = new FeatureTemplates();
  private static final FeatureTemplate R_BIAS = RELATION.constant("bias");
  private static final FeatureTemplate R_KIND = RELATION.of("k=", 2, "|");
  private static final FeatureTemplate R_DISTANCE = RELATION.of("di=", 3, "|");
  private static final FeatureTemplate R_TARGET = RELATION.of("mw=", 2, "|");
  private static final FeatureTemplate R_BETWEEN = RELATION.of("bw=", 2, "|");
  private static final FeatureTemplate R_CUE_BETWEEN = RELATION.of("cb=", 2, "|");
  private static final FeatureTemplate R_BEFORE_PERSON = RELATION.of("pp=", 2, "|");
  private static final FeatureTemplate R_AFTER_PERSON = RELATION.of("ap=", 2, "|");
  private static final FeatureTemplate R_BEFORE_TARGET = RELATION.of("pt=", 3, "|");
  private static final FeatureTemplate R_PERSONS_BETWEEN = RELATION.of("pb=", 2, "|");
  private static final FeatureTemplate R_SAME_KIND_BETWEEN = RELATION.of("kb=", 2, "|");
  private static final FeatureTemplate R_CLAUSE = RELATION.of("cl=", 2, "|");
  private static final FeatureTemplate R_RULE = RELATION.of("rr=", 2, "|");
  private static final FeatureTemplate R_BEFORE_RANK = RELATION.of("pr=", 2, "|");
  private static final FeatureTemplate R_GAP_EDGES = RELATION.of("ge=", 3, "|");
  private static final FeatureTemplate R_NEAREST_PERSON = RELATION.of("np=", 3, "|");
  private static final FeatureTemplate R_LISTED = RELATION.of("li=", 2, "|");
  private static final FeatureTemplate R_TAKEN = RELATION.of("tk=", 3, "|");
  private static final FeatureTemplate R_PRONOUN_BETWEEN = RELATION.of("pn=", 3, "|");
  private static final FeatureTemplate R_AFTER_TARGET = RELATION.of("at=", 3, "|");

  /** Every template of {@link #relation}, in order. */
  static final List<FeatureTemplate> RELATION_TEMPLATES = RELATION.all();

  private static final Map<String, String> NEAREST = Map.of("0", "1", "1", "2", "2+", "3+");

  private static final String[] DISTANCES = {"0", "1", "2", "3-4", "5-7", "8-12", "13+"};

  private PairFeatures() {}

  /** The features of {@code mention} as an argument of the trigger [from, to) of {@code type}. */
  static void argument(
      EventFeatures s, int from, int to, EventType type, Anchored mention, FeatureSink sink) {
    String event = type.name();
    String entity = mention.type().name();
    boolean before = mention.to() <= from;
    String side = before ? "before" : "after";
    int gapFrom = before ? mention.to() : to;
    int gapTo = before ? from : mention.from();
    String trigger = trigger(s, from, to);
    sink.add(A_BIAS);
    sink.add(A_TYPES, event, entity, side);
    sink.add(A_TRIGGER, trigger, entity);
    sink.add(A_DISTANCE, event, side, distance(gapTo - gapFrom));
    sink.add(A_BEFORE, event, side, word(s, mention.from() - 1));
    sink.add(A_BEFORE_2, event, word(s, mention.from() - 2));
    sink.add(A_AFTER, event, word(s, mention.to()));
    if (gapTo - gapFrom <= MAX_BETWEEN) {
      for (int k = gapFrom; k < gapTo; k++) {
        sink.add(A_BETWEEN, event, side, s.lower(k));
      }
    }
    for (int k = gapFrom; k < gapTo; k++) {
      if (!s.cue(k).equals(EventFeatures.OUTSIDE)) {
        sink.add(A_CUE_BETWEEN, event, side, s.cue(k));
      }
    }
    sink.add(A_TRIGGER_BEFORE, event, word(s, from - 1));
    sink.add(A_CLAUSE, event, side, s.clause(mention.from()) == s.clause(from) ? "same" : "other");
    sink.add(A_OTHERS, event, entity, othersBetween(s, gapFrom, gapTo, mention.type()));
    sink.add(A_TRIGGERS_BETWEEN, side, triggersBetween(s, gapFrom, gapTo));
    sink.add(A_RULE, event, s.ruleRole(from, to, mention));
    sink.add(A_FIRST_WORD, entity, s.lower(mention.from()));
    sink.add(A_NEAREST, event, side, nearest(s, from, to, mention));
    int clauses = Math.abs(s.clause(mention.from()) - s.clause(from));
    sink.add(A_CLAUSES_BETWEEN, event, clauses == 0 ? "0" : clauses == 1 ? "1" : "2+");
    if (mention.type() == EntityType.DATE) {
      sink.add(A_DATE_PLACE, event, datePlace(s, mention));
    }
    // The verb with the word that introduces the mention tells the role apart where either alone
    // does not: "tấn công vào X" (Target) against "tiến vào X" (Destination), "rút khỏi X".
    sink.add(A_TRIGGER_PREPOSITION, trigger, side, word(s, mention.from() - 1));
  }

  /**
   * How many mentions of the same kind (dates among dates, others among others) stand between the
   * trigger and {@code mention}, on its side: {@code 1} is the nearest.
   */
  private static String nearest(EventFeatures s, int from, int to, Anchored mention) {
    boolean date = mention.type() == EntityType.DATE;
    int closer = 0;
    for (Anchored a : s.sentence().mentions()) {
      boolean sameKind = (a.type() == EntityType.DATE) == date && a.type() != EntityType.RANK;
      boolean between =
          mention.to() <= from
              ? a.from() >= mention.to() && a.to() <= from
              : a.from() >= to && a.to() <= mention.from();
      if (sameKind && between) {
        closer++;
      }
    }
    return closer == 0 ? "1" : closer == 1 ? "2" : "3+";
  }

  /** Where a date stands: at the head of the sentence, first of its dates, or later. */
  private static String datePlace(EventFeatures s, Anchored date) {
    if (date.from() <= 1) {
      return "head";
    }
    for (Anchored a : s.sentence().mentions()) {
      if (a.type() == EntityType.DATE && a.from() < date.from()) {
        return "later";
      }
    }
    return "first";
  }

  /** The features of a relation between {@code person} and {@code target} (a RANK or UNIT). */
  static void relation(EventFeatures s, Anchored person, Anchored target, FeatureSink sink) {
    String kind = target.type().name();
    boolean targetFirst = target.to() <= person.from();
    String order = targetFirst ? "target-first" : "person-first";
    int gapFrom = targetFirst ? target.to() : person.to();
    int gapTo = targetFirst ? person.from() : target.from();
    sink.add(R_BIAS);
    sink.add(R_KIND, kind, order);
    sink.add(R_DISTANCE, kind, order, distance(gapTo - gapFrom));
    sink.add(R_TARGET, kind, text(s, target.from(), target.to()));
    if (gapTo - gapFrom <= MAX_BETWEEN) {
      for (int k = gapFrom; k < gapTo; k++) {
        sink.add(R_BETWEEN, kind, s.lower(k));
      }
    }
    for (int k = gapFrom; k < gapTo; k++) {
      if (!s.cue(k).equals(EventFeatures.OUTSIDE)) {
        sink.add(R_CUE_BETWEEN, kind, s.cue(k));
      }
    }
    sink.add(R_BEFORE_PERSON, kind, word(s, person.from() - 1));
    sink.add(R_AFTER_PERSON, kind, word(s, person.to()));
    // With the order: a classifier before a title after the person ("bắt chém viên tướng") is
    // another's, before a title ahead of the name ("viên tướng X") the person's.
    sink.add(R_BEFORE_TARGET, kind, order, word(s, target.from() - 1));
    String personsBetween = othersBetween(s, gapFrom, gapTo, EntityType.PERSON);
    sink.add(R_PERSONS_BETWEEN, kind, personsBetween);
    sink.add(R_SAME_KIND_BETWEEN, kind, othersBetween(s, gapFrom, gapTo, target.type()));
    sink.add(R_CLAUSE, kind, s.clause(person.from()) == s.clause(target.from()) ? "same" : "other");
    sink.add(R_RULE, kind, s.ruleRelation(person, target));
    // The words that introduce a person behind a title: "dưới sự chỉ huy của Đô đốc Y".
    Anchored rank = rankRightBefore(s, person);
    if (rank != null && !rank.equals(target)) {
      sink.add(R_BEFORE_RANK, kind, word(s, rank.from() - 1));
    }
    // A long gap still shows its ends: "X, chỉ huy … Y", "Y … dưới quyền X".
    if (gapTo - gapFrom > MAX_BETWEEN) {
      sink.add(R_GAP_EDGES, kind, "first", word(s, gapFrom) + " " + word(s, gapFrom + 1));
      sink.add(R_GAP_EDGES, kind, "last", word(s, gapTo - 2) + " " + word(s, gapTo - 1));
    }
    // The same count as the person's rank on the target's side, with the order: 1 is the nearest.
    sink.add(R_NEAREST_PERSON, kind, order, NEAREST.get(personsBetween));
    sink.add(R_LISTED, kind, listedWithCloser(s, person, target));
    // A title right before another name is that name's ("tướng Catroux"), and a name right after
    // another title is that title's.
    sink.add(R_TAKEN, kind, "target", String.valueOf(adjacentOther(s, target, person)));
    sink.add(R_TAKEN, kind, "person", String.valueOf(rank != null && !rank.equals(target)));
    // "X phong ông làm Y": a pronoun between stands for the holder, who is then not X.
    sink.add(R_PRONOUN_BETWEEN, kind, order, String.valueOf(pronounBetween(s, gapFrom, gapTo)));
    // The word after a unit or title: "Xuyên quân tổng tư lệnh", "Tư lệnh Vùng 2".
    sink.add(R_AFTER_TARGET, kind, order, word(s, target.to()));
  }

  private static boolean pronounBetween(EventFeatures s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.pronoun(k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a PERSON other than {@code person} starts right where {@code target} ends. */
  private static boolean adjacentOther(EventFeatures s, Anchored target, Anchored person) {
    for (Anchored a : s.sentence().mentions()) {
      if (a.type() == EntityType.PERSON && !a.equals(person) && a.from() == target.to()) {
        return true;
      }
    }
    return false;
  }

  /** The RANK mention that ends right before {@code person}, or null. */
  private static Anchored rankRightBefore(EventFeatures s, Anchored person) {
    for (Anchored a : s.sentence().mentions()) {
      if (a.type() == EntityType.RANK && a.to() == person.from()) {
        return a;
      }
    }
    return null;
  }

  /**
   * Whether {@code target} is an item of a list whose nearer item stands between it and the person
   * ("Trung đoàn 165 và Trung đoàn 88 dưới quyền Y"): {@code list}, else {@code alone}.
   */
  private static String listedWithCloser(EventFeatures s, Anchored person, Anchored target) {
    boolean personAfter = person.from() >= target.to();
    for (Anchored a : s.sentence().mentions()) {
      if (a.type() != target.type() || a.equals(target)) {
        continue;
      }
      boolean closer =
          personAfter
              ? a.from() >= target.to() && a.to() <= person.from()
              : a.from() >= person.to() && a.to() <= target.from();
      int from = personAfter ? target.to() : a.to();
      int to = personAfter ? a.from() : target.from();
      if (closer && to - from <= 3 && onlyJoiners(s, from, to)) {
        return "list";
      }
    }
    return "alone";
  }

  private static boolean onlyJoiners(EventFeatures s, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = s.lower(k);
      if (!w.equals(",") && !w.equals("và") && !w.equals("cùng") && !w.equals("hai")) {
        return false;
      }
    }
    return true;
  }

  private static String word(EventFeatures s, int i) {
    return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.lower(i);
  }

  private static String trigger(EventFeatures s, int from, int to) {
    return to - from == 1 ? s.lower(from) : text(s, from, to);
  }

  private static String text(EventFeatures s, int from, int to) {
    StringBuilder out = new StringBuilder(s.lower(from));
    for (int k = from + 1; k < to; k++) {
      out.append(' ').append(s.lower(k));
    }
    return out.toString();
  }

  private static String distance(int tokens) {
    if (tokens <= 2) {
      return DISTANCES[Math.max(0, tokens)];
    }
    return tokens <= 4
        ? DISTANCES[3]
        : tokens <= 7 ? DISTANCES[4] : tokens <= 12 ? DISTANCES[5] : DISTANCES[6];
  }

  private static String othersBetween(EventFeatures s, int from, int to, EntityType type) {
    int count = 0;
    for (Anchored a : s.sentence().mentions()) {
      if (a.type() == type && a.from() >= from && a.to() <= to) {
        count++;
      }
    }
    return count == 0 ? "0" : count == 1 ? "1" : "2+";
  }

  private static String triggersBetween(EventFeatures s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.lexicon(k).startsWith("B-")) {
        return "yes";
      }
    }
    return "no";
  }
}
