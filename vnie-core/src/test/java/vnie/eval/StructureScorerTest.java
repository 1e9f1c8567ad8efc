package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;

class StructureScorerTest {
  private static final String TEXT =
      "Tướng Lâm chỉ huy Sư đoàn 7 gặp quân Lào ở Viêng Chăn năm 1961.";
  private static final Provenance P = new Provenance("test");

  private static Mention m(EntityType type, String surface) {
    int start = TEXT.indexOf(surface);
    return Mention.of(TEXT, type, start, start + surface.length(), "", P);
  }

  private static final Mention RANK = m(EntityType.RANK, "Tướng");
  private static final Mention LAM = m(EntityType.PERSON, "Lâm");
  private static final Mention DIVISION = m(EntityType.UNIT, "Sư đoàn 7");
  private static final Mention LAO = m(EntityType.LOCATION, "Lào");
  private static final Mention VIENTIANE = m(EntityType.LOCATION, "Viêng Chăn");
  private static final Mention YEAR = m(EntityType.DATE, "năm 1961");

  private static Examples examples(
      List<Relation> goldRelations,
      List<Event> goldEvents,
      List<Relation> predRelations,
      List<Event> predEvents) {
    Document text = Document.of("d", TEXT);
    return Examples.of(
        List.of(
            new Example(
                text.withRelations(goldRelations).withEvents(goldEvents),
                text.withRelations(predRelations).withEvents(predEvents))));
  }

  private static Event meet(int start, int end, Argument... args) {
    return new Event(EventType.Meet, start, end, TEXT.substring(start, end), List.of(args), P);
  }

  @Test
  void relationsNeedTypeAndBothSpansTriggersSpanAndTypeArgumentsRoleAndSpan() {
    int gap = TEXT.indexOf("gặp");
    List<Relation> gold =
        List.of(
            new Relation(RelationType.HasRank, LAM, RANK, P),
            new Relation(RelationType.Commands, LAM, DIVISION, P));
    List<Relation> pred =
        List.of(
            new Relation(RelationType.HasRank, LAM, RANK, P),
            new Relation(RelationType.Commands, LAM, m(EntityType.UNIT, "Sư đoàn"), P));
    Event goldMeet =
        meet(
            gap,
            gap + 3,
            new Argument("Participant", DIVISION),
            new Argument("Participant", LAO),
            new Argument("Place", VIENTIANE),
            new Argument("Time", YEAR));
    Event predMeet =
        meet(
            gap,
            gap + 3,
            new Argument("Participant", DIVISION),
            new Argument("Participant", VIENTIANE),
            new Argument("Time", YEAR));

    StructureScores s =
        new StructureScorer().score(examples(gold, List.of(goldMeet), pred, List.of(predMeet)));

    assertEquals(new Counts(1, 0, 0), s.relations().of("HasRank"));
    assertEquals(new Counts(0, 1, 1), s.relations().of("Commands"));
    assertEquals(new Counts(1, 0, 0), s.triggers().micro());
    assertEquals(new Counts(1, 1, 1), s.arguments().of("Participant"));
    assertEquals(new Counts(0, 0, 1), s.arguments().of("Place"));
    assertEquals(new Counts(1, 0, 0), s.arguments().of("Time"));
    assertEquals(new Counts(2, 1, 2), s.arguments().micro());
    assertEquals(
        List.of(
            "relation FALSE_NEGATIVE Commands(Lâm, Sư đoàn 7)",
            "relation FALSE_POSITIVE Commands(Lâm, Sư đoàn)",
            "argument FALSE_NEGATIVE Meet gặp → Participant Lào",
            "argument FALSE_NEGATIVE Meet gặp → Place Viêng Chăn",
            "argument FALSE_POSITIVE Meet gặp → Participant Viêng Chăn"),
        s.errors().stream().map(e -> e.level() + " " + e.kind() + " " + e.text()).toList());
    assertEquals(
        "Tướng [[Lâm chỉ huy Sư đoàn 7]] gặp quân Lào ở Viêng Chăn năm 1961.",
        s.errors().get(0).context());
  }

  @Test
  void anArgumentOfAMissedTriggerIsMissedToo() {
    int gap = TEXT.indexOf("gặp");
    Event gold = meet(gap, gap + 3, new Argument("Participant", LAO));
    Event wide = meet(gap, gap + 8, new Argument("Participant", LAO));
    StructureScores s =
        new StructureScorer().score(examples(List.of(), List.of(gold), List.of(), List.of(wide)));
    assertEquals(new Counts(0, 1, 1), s.triggers().of("Meet"));
    assertEquals(new Counts(0, 1, 1), s.arguments().of("Participant"));
  }
}
