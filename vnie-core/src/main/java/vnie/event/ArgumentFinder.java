package vnie.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vnie.core.EventType;

/**
 * Fills the subject and object roles of the triggers of one sentence ({@code roles.tsv}) from the
 * sentence's mentions and word order:
 *
 * <ul>
 *   <li>subject: the nearest suitable mention before the trigger in its clause, with the mentions
 *       coordinated with it; for a noun trigger, the genitive after it ({@code cuộc xâm lược của
 *       quân Nguyên}) or the first of {@code giữa A và B}; when none, the mention before the comma
 *       of a relative clause ({@code X, người đập tan}), the subject of the main clause after a
 *       subordinate one ({@code Sau khi làm chủ X, Quân đoàn 3 …}), the subject of the event before
 *       across commas and sequence openers ({@code X đánh bại Y, rồi tiến về Z}), or the nearest
 *       subject of the clause before such a boundary;
 *   <li>object: the first suitable mention after the trigger, within ten tokens of its clause and
 *       before the next verbal trigger, with the mentions coordinated with it; after a passive
 *       marker, the subject mention instead.
 * </ul>
 *
 * Places and times are left to {@link SettingFinder}. Immutable.
 */
final class ArgumentFinder {
  static final int OBJECT_WINDOW = 10;
  private static final int WORDS_BEFORE_GENITIVE = 3;

  private final EventLexicons lex;

  ArgumentFinder(EventLexicons lexicons) {
    this.lex = lexicons;
  }

  /** Drafts for {@code triggers} with their subjects and objects, in trigger order. */
  List<EventDraft> subjectsAndObjects(MentionContext ctx, List<TriggerFinder.Trigger> triggers) {
    List<EventDraft> drafts = new ArrayList<>();
    Set<Anchored> objects = new HashSet<>();
    for (TriggerFinder.Trigger t : triggers) {
      EventDraft d = new EventDraft(t);
      // The object of an earlier verb is no subject (vượt vĩ tuyến 38 tấn công), unless an aspect
      // marker opens a clause about it (các đơn vị X đang tiến quân).
      boolean relative =
          ctx.cues().lengthBefore(CueList.ASPECT, ctx.sentence().tokens(), t.from()) > 0;
      fill(ctx, d, drafts, relative ? Set.of() : Set.copyOf(objects), triggers);
      drafts.add(d);
      objects.addAll(d.objects());
    }
    return drafts;
  }

  private void fill(
      MentionContext ctx,
      EventDraft d,
      List<EventDraft> before,
      Set<Anchored> taken,
      List<TriggerFinder.Trigger> triggers) {
    TriggerFinder.Trigger t = d.trigger();
    EventType type = t.entry().type();
    RoleRule subject = lex.rule(type, RoleRule.Slot.SUBJECT);
    RoleRule object = objectRule(t, subject);
    List<Anchored> subjects = List.of();
    List<Anchored> objects = List.of();
    boolean paired = false;
    if (t.nominal()) {
      subjects = genitiveAgent(ctx, t, subject);
      if (subjects.isEmpty()) {
        List<List<Anchored>> pair = between(ctx, t, subject, object, triggers);
        subjects = pair.get(0);
        objects = pair.get(1);
        paired = !subjects.isEmpty();
      }
    }
    if (subjects.isEmpty() && (!t.nominal() || t.lightVerb() >= 0)) {
      subjects = nearestBefore(ctx, t, subject, taken);
    }
    if (t.passive() && object != null && !paired) {
      objects = subjects.stream().filter(object::accepts).toList();
      subjects = List.of();
    } else if (subjects.isEmpty()) {
      subjects = fallbackSubject(ctx, t, subject, before, triggers);
    }
    if (objects.isEmpty() && object != null && !paired && !t.passive()) {
      List<Anchored> found = firstAfter(ctx, t, object, triggers);
      List<Anchored> subjectsFound = subjects;
      objects = found.stream().filter(a -> !subjectsFound.contains(a)).toList();
    }
    if (subject != null) {
      d.addSubjects(subject.role(), Conjuncts.withAliases(ctx, subjects));
    }
    if (object != null) {
      d.addObjects(object.role(), Conjuncts.withAliases(ctx, objects));
    }
  }

  /** The object rule of the type, or the trigger's own object role with the subject's types. */
  private RoleRule objectRule(TriggerFinder.Trigger t, RoleRule subject) {
    EventType type = t.entry().type();
    if (!t.entry().objectRole().isEmpty() && subject != null) {
      return new RoleRule(
          type, RoleRule.Slot.OBJECT, t.entry().objectRole(), subject.entityTypes());
    }
    return lex.rule(type, RoleRule.Slot.OBJECT);
  }

  private static boolean isSubject(
      MentionContext ctx, Anchored a, RoleRule rule, Set<Anchored> taken) {
    return rule.accepts(a)
        && !ctx.inBrackets(a)
        && !ctx.isModifier(a)
        && !ctx.afterPreposition(a)
        && !taken.contains(a);
  }

  private List<Anchored> nearestBefore(
      MentionContext ctx, TriggerFinder.Trigger t, RoleRule rule, Set<Anchored> taken) {
    return rule == null
        ? List.of()
        : nearestBefore(ctx, t.predicate(), ctx.clauses().of(t.predicate()).from(), rule, taken);
  }

  /** The nearest subject before token {@code end} and from {@code start}, with its conjuncts. */
  private List<Anchored> nearestBefore(
      MentionContext ctx, int end, int start, RoleRule rule, Set<Anchored> taken) {
    List<Anchored> mentions = ctx.sentence().mentions();
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Anchored a = mentions.get(i);
      if (a.to() <= end && a.from() >= start && isSubject(ctx, a, rule, taken)) {
        return Conjuncts.before(ctx, a, c -> isSubject(ctx, c, rule, taken), start);
      }
    }
    return List.of();
  }

  /** {@code các đợt tấn công … của Quân đội X}: the genitive after a noun trigger. */
  private List<Anchored> genitiveAgent(MentionContext ctx, TriggerFinder.Trigger t, RoleRule rule) {
    if (rule == null) {
      return List.of();
    }
    EventSentence s = ctx.sentence();
    int k = t.to();
    for (int words = 0; words <= WORDS_BEFORE_GENITIVE; words++) {
      int genitive = ctx.cues().lengthAt(CueList.GENITIVE, s.tokens(), k);
      if (genitive > 0) {
        Anchored a = Conjuncts.afterForceNoun(ctx, k + genitive, rule);
        return a == null || ctx.inBrackets(a) ? List.of() : Conjuncts.after(ctx, a, rule);
      }
      if (!s.isLowercaseWord(k) || s.covering(k) != null) {
        return List.of();
      }
      k++;
    }
    return List.of();
  }

  /** {@code trận đánh … giữa A và B}: A in the subject role, B in the object role. */
  private List<List<Anchored>> between(
      MentionContext ctx,
      TriggerFinder.Trigger t,
      RoleRule subject,
      RoleRule object,
      List<TriggerFinder.Trigger> triggers) {
    EventSentence s = ctx.sentence();
    RoleRule second = object != null ? object : subject;
    for (int k = t.to(); subject != null && k < s.size(); k++) {
      if (Clauses.isHardStop(s, k) || startsVerbalTrigger(triggers, k)) {
        break;
      }
      if (ctx.clauses().inBrackets(k) || ctx.cues().lengthAt(CueList.BETWEEN, s.tokens(), k) == 0) {
        continue;
      }
      Anchored first = Conjuncts.afterForceNoun(ctx, k + 1, subject);
      if (first == null) {
        break;
      }
      int joiner = ctx.cues().lengthAt(CueList.LIST_JOINER, s.tokens(), first.to());
      Anchored other =
          joiner == 0 ? null : Conjuncts.afterForceNoun(ctx, first.to() + joiner, second);
      return List.of(List.of(first), other == null ? List.of() : List.of(other));
    }
    return List.of(List.of(), List.of());
  }

  private List<Anchored> fallbackSubject(
      MentionContext ctx,
      TriggerFinder.Trigger t,
      RoleRule rule,
      List<EventDraft> before,
      List<TriggerFinder.Trigger> triggers) {
    if (rule == null) {
      return List.of();
    }
    EventSentence s = ctx.sentence();
    Clauses clauses = ctx.clauses();
    Clauses.Clause clause = clauses.of(t.from());
    List<Clauses.Clause> all = clauses.all();
    Set<Anchored> none = Set.of();
    Clauses.Boundary boundary = clause.start();
    if (boundary == Clauses.Boundary.COMMA
        && ctx.cues().lengthAt(CueList.RELATIVE, s.tokens(), clause.from()) > 0) {
      Clauses.Clause previous = all.get(clause.index() - 1);
      List<Anchored> antecedent = nearestBefore(ctx, previous.to(), previous.from(), rule, none);
      if (!antecedent.isEmpty()) {
        return List.of(antecedent.get(antecedent.size() - 1));
      }
    }
    boolean opened =
        ctx.cues().lengthAt(CueList.CLAUSE_OPENER, s.tokens(), clause.from()) > 0
            || ctx.cues().lengthAt(CueList.SEQUENCE_OPENER, s.tokens(), clause.from()) > 0;
    if (opened
        && clause.index() + 1 < all.size()
        && all.get(clause.index() + 1).start() == Clauses.Boundary.COMMA) {
      Clauses.Clause main = all.get(clause.index() + 1);
      for (Anchored a : s.mentions()) {
        if (a.from() >= main.from() && a.to() <= main.to()) {
          if (triggerBetween(triggers, main.from(), a.from())) {
            break;
          }
          if (isSubject(ctx, a, rule, none)) {
            return Conjuncts.after(ctx, a, rule);
          }
        }
      }
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      EventDraft d = before.get(i);
      if (!d.subjects().isEmpty() && clauses.sequenceJoined(d.trigger().from(), t.from())) {
        return d.subjects().stream().filter(rule::accepts).toList();
      }
    }
    // A clause after a comma that names no subject shares the one of the clause before:
    // các chỉ huy pháo binh Liên Xô nhận được mật hiệu, đồng loạt tiến hành trận pháo kích.
    boolean continued = boundary == Clauses.Boundary.COMMA || boundary == Clauses.Boundary.SEQUENCE;
    if (continued && !triggerBetween(triggers, all.get(clause.index() - 1).from(), clause.from())) {
      Clauses.Clause previous = all.get(clause.index() - 1);
      return nearestBefore(ctx, previous.to(), previous.from(), rule, none);
    }
    return List.of();
  }

  private List<Anchored> firstAfter(
      MentionContext ctx,
      TriggerFinder.Trigger t,
      RoleRule rule,
      List<TriggerFinder.Trigger> triggers) {
    EventSentence s = ctx.sentence();
    int end = Math.min(ctx.clauses().of(t.from()).to(), t.to() + OBJECT_WINDOW);
    int k = t.to();
    while (k < end) {
      // Another verb, or a copula that starts what is said of the event: trận đánh là X.
      if (startsVerbalTrigger(triggers, k)
          || ctx.cues().lengthAt(CueList.OBJECT_STOP, s.tokens(), k) > 0) {
        break;
      }
      List<Anchored> here = s.startingAt(k);
      if (here.isEmpty()) {
        k++;
        continue;
      }
      for (Anchored a : here) {
        // After a noun, a genitive names the agent, not the object: cuộc xâm lược của quân X.
        if (isObject(ctx, t, a, rule)
            && (!t.nominal()
                || ctx.cues().lengthBefore(CueList.GENITIVE, s.tokens(), a.from()) == 0)) {
          return Conjuncts.after(ctx, a, rule);
        }
      }
      k = here.get(0).to();
    }
    return List.of();
  }

  private static boolean isObject(
      MentionContext ctx, TriggerFinder.Trigger t, Anchored a, RoleRule rule) {
    if (!rule.accepts(a) || ctx.inBrackets(a) || ctx.isModifier(a)) {
      return false;
    }
    return switch (rule.role()) {
      case "Destination" ->
          (ctx.follows(t.to(), a) || ctx.afterDestinationPreposition(a) || ctx.isPlace(a))
              && !ctx.afterSourcePreposition(a);
      case "Place" -> ctx.follows(t.to(), a) || ctx.isPlace(a);
      default -> !ctx.isPlace(a);
    };
  }

  private static boolean startsVerbalTrigger(List<TriggerFinder.Trigger> triggers, int k) {
    return triggers.stream().anyMatch(t -> t.from() == k && !t.nominal());
  }

  private static boolean triggerBetween(List<TriggerFinder.Trigger> triggers, int from, int to) {
    return triggers.stream().anyMatch(t -> t.from() >= from && t.from() < to);
  }
}
