package vnie.event;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.core.EventType;

/**
 * Fills the place and time roles of a sentence's events.
 *
 * <ul>
 *   <li>Place: each LOCATION after a place preposition ({@code trên sông Elbe}, {@code gần thị trấn
 *       Strehla}) that does not only locate the place before it. When the nearest trigger before it
 *       in its clause is a Move, it is that Move's Destination ({@code có mặt ở X}); otherwise it
 *       is the Place of every event of the sentence that has one.
 *   <li>Time: the DATEs of the trigger's clause; else those of the nearest clause before it, then
 *       after it, with no other trigger between; else the time of the event before in the same
 *       comma-joined stretch.
 * </ul>
 *
 * Immutable.
 */
final class SettingFinder {
  private final EventLexicons lex;

  SettingFinder(EventLexicons lexicons) {
    this.lex = lexicons;
  }

  /**
   * Gives each place to the nearest trigger before it in its clause (a Move takes it as its
   * Destination) and returns the places left to share.
   */
  List<Anchored> anchorPlaces(MentionContext ctx, List<EventDraft> drafts) {
    Clauses clauses = ctx.clauses();
    List<Anchored> shared = new ArrayList<>();
    for (Anchored a : ctx.sentence().mentions()) {
      if (!ctx.isPlace(a)
          || ctx.isLocator(a)
          || ctx.inBrackets(a)
          || drafts.stream().anyMatch(d -> d.holds(a))) {
        continue;
      }
      EventDraft anchor = null;
      for (EventDraft d : drafts) {
        if (d.trigger().to() <= a.from()
            && clauses.of(d.trigger().from()).index() == clauses.of(a.from()).index()) {
          anchor = d;
        }
      }
      RoleRule rule =
          anchor == null ? null : lex.rule(anchor.trigger().entry().type(), RoleRule.Slot.PLACE);
      if (rule != null && rule.accepts(a)) {
        anchor.add(rule.role(), a);
      }
      if (anchor == null || anchor.trigger().entry().type() != EventType.Move) {
        shared.add(a);
      }
    }
    return shared;
  }

  /**
   * Gives the places of the sentence that no Move took to each event that has a Place role but no
   * place of its own clause, when only commas stand between them; then fills the times.
   */
  void shareAndTime(MentionContext ctx, List<EventDraft> drafts, List<Anchored> shared) {
    for (EventDraft d : drafts) {
      EventType type = d.trigger().entry().type();
      RoleRule rule = lex.rule(type, RoleRule.Slot.PLACE);
      if (type != EventType.Move && rule != null && !d.has(rule.role())) {
        for (Anchored a : shared) {
          // Only across commas: after rồi or khi the event may be somewhere else.
          boolean near = ctx.clauses().softlyJoined(a.from(), d.trigger().from());
          if (near && rule.accepts(a) && !d.holds(a)) {
            d.add(rule.role(), a);
          }
        }
      }
    }
    times(ctx, drafts);
  }

  private void times(MentionContext ctx, List<EventDraft> drafts) {
    Clauses clauses = ctx.clauses();
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft d = drafts.get(i);
      RoleRule rule = lex.rule(d.trigger().entry().type(), RoleRule.Slot.TIME);
      if (rule == null) {
        continue;
      }
      int own = clauses.of(d.trigger().from()).index();
      List<Anchored> dates = datesIn(ctx, own);
      for (int c = own - 1; dates.isEmpty() && c >= 0 && !hasTrigger(ctx, drafts, c); c--) {
        dates = datesIn(ctx, c);
      }
      int count = clauses.all().size();
      for (int c = own + 1; dates.isEmpty() && c < count && !hasTrigger(ctx, drafts, c); c++) {
        dates = datesIn(ctx, c);
      }
      for (int j = i - 1; dates.isEmpty() && j >= 0; j--) {
        EventDraft earlier = drafts.get(j);
        if (clauses.softlyJoined(earlier.trigger().from(), d.trigger().from())) {
          dates = earlier.get(rule.role());
        }
      }
      d.addAll(rule.role(), dates);
    }
  }

  private static List<Anchored> datesIn(MentionContext ctx, int clause) {
    Clauses.Clause c = ctx.clauses().all().get(clause);
    List<Anchored> dates = new ArrayList<>();
    for (Anchored a : ctx.sentence().mentions()) {
      if (a.type() == EntityType.DATE
          && a.from() >= c.from()
          && a.from() < c.to()
          && !ctx.inBrackets(a)) {
        dates.add(a);
      }
    }
    return dates;
  }

  private static boolean hasTrigger(MentionContext ctx, List<EventDraft> drafts, int clause) {
    return drafts.stream().anyMatch(d -> ctx.clauses().of(d.trigger().from()).index() == clause);
  }
}
