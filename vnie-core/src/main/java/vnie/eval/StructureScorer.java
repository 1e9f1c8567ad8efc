package vnie.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Argument;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Relation;

/**
 * Scores predicted relations and events against gold as the guidelines define: a relation counts
 * when its type and both argument spans match; a trigger when its span and event type match; an
 * argument when its role and entity span match and it belongs to a trigger of the same span and
 * type. Counts are micro-summed over documents, per relation type, event type and role. Stateless.
 */
public final class StructureScorer {
  /** A scorer; it keeps no state, so one serves any number of calls. */
  public StructureScorer() {}

  private static final Comparator<StructureError> ERROR_ORDER =
      Comparator.comparing(StructureError::doc)
          .thenComparingInt(StructureError::start)
          .thenComparing(StructureError::level)
          .thenComparing(StructureError::kind)
          .thenComparing(StructureError::text);

  /** One thing to match: its key, its label, and how an error about it reads. */
  private record Item(List<Object> key, String label, String text, int start, int end) {}

  /**
   * Scores the relations and events of each example (also a gold document without any); predictions
   * without gold count nowhere. Errors quote the gold text.
   */
  public StructureScores score(Examples examples) {
    Map<String, Counts> relations = new HashMap<>();
    Map<String, Counts> triggers = new HashMap<>();
    Map<String, Counts> arguments = new HashMap<>();
    List<StructureError> errors = new ArrayList<>();
    for (Example e : examples.pairs()) {
      String doc = e.id();
      String text = e.gold().text();
      List<Relation> goldRelations = e.gold().relations();
      List<Relation> predRelations = e.predicted().relations();
      match(
          doc,
          "relation",
          relationItems(goldRelations),
          relationItems(predRelations),
          relations,
          errors,
          text);
      List<Event> gold = e.gold().events();
      List<Event> pred = e.predicted().events();
      match(doc, "trigger", triggerItems(gold), triggerItems(pred), triggers, errors, text);
      match(doc, "argument", argumentItems(gold), argumentItems(pred), arguments, errors, text);
    }
    errors.sort(ERROR_ORDER);
    return new StructureScores(
        new LabelScores("relation", relations),
        new LabelScores("trigger", triggers),
        new LabelScores("argument", arguments),
        errors);
  }

  private static void match(
      String doc,
      String level,
      List<Item> gold,
      List<Item> pred,
      Map<String, Counts> counts,
      List<StructureError> errors,
      String text) {
    List<Item> unmatched = new ArrayList<>(pred);
    for (Item g : gold) {
      Item found = unmatched.stream().filter(p -> p.key().equals(g.key())).findFirst().orElse(null);
      if (found != null) {
        unmatched.remove(found);
        counts.merge(g.label(), new Counts(1, 0, 0), Counts::plus);
      } else {
        counts.merge(g.label(), new Counts(0, 0, 1), Counts::plus);
        errors.add(error(doc, level, "FALSE_NEGATIVE", g, text));
      }
    }
    for (Item p : unmatched) {
      counts.merge(p.label(), new Counts(0, 1, 0), Counts::plus);
      errors.add(error(doc, level, "FALSE_POSITIVE", p, text));
    }
  }

  private static StructureError error(String doc, String level, String kind, Item i, String text) {
    boolean fits = i.end() <= text.length() && i.start() <= i.end();
    String context = fits ? ScoringError.context(text, i.start(), i.end()) : "[[" + i.text() + "]]";
    return new StructureError(doc, level, kind, i.label(), i.text(), i.start(), i.end(), context);
  }

  private static List<Item> relationItems(List<Relation> relations) {
    List<Item> items = new ArrayList<>();
    for (Relation r : relations) {
      Mention a = r.arg1();
      Mention b = r.arg2();
      items.add(
          new Item(
              List.of(r.type().name(), a.start(), a.end(), b.start(), b.end()),
              r.type().name(),
              r.type() + "(" + a.text() + ", " + b.text() + ")",
              Math.min(a.start(), b.start()),
              Math.max(a.end(), b.end())));
    }
    return items;
  }

  private static List<Item> triggerItems(List<Event> events) {
    List<Item> items = new ArrayList<>();
    for (Event e : events) {
      items.add(
          new Item(
              List.of(e.type().name(), e.start(), e.end()),
              e.type().name(),
              e.type() + " " + e.triggerText(),
              e.start(),
              e.end()));
    }
    return items;
  }

  private static List<Item> argumentItems(List<Event> events) {
    List<Item> items = new ArrayList<>();
    for (Event e : events) {
      for (Argument a : e.arguments()) {
        Mention m = a.filler();
        items.add(
            new Item(
                List.of(e.type().name(), e.start(), e.end(), a.role(), m.start(), m.end()),
                a.role(),
                e.type() + " " + e.triggerText() + " → " + a.role() + " " + m.text(),
                m.start(),
                m.end()));
      }
    }
    return items;
  }
}
