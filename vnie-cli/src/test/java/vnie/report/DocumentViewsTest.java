package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Example;
import vnie.eval.Examples;
import vnie.report.Highlight.Kind;
import vnie.report.Highlight.Verdict;

class DocumentViewsTest {
  private static final String TEXT = "Tướng Giáp ở Hà Nội năm 1954, Huế 1955.";
  private static final Provenance RULE = new Provenance("rule");

  private static Mention at(String words, EntityType type, String value, Provenance source) {
    int start = TEXT.indexOf(words);
    return Mention.of(TEXT, type, start, start + words.length(), value, source);
  }

  @Test
  void eachMentionCarriesTheScorersVerdictAndEachMissedGoldSpanIsAHighlight() {
    List<Mention> gold =
        List.of(
            at("Tướng", EntityType.RANK, "", Provenance.GOLD),
            at("Giáp", EntityType.PERSON, "", Provenance.GOLD),
            at("Hà Nội", EntityType.LOCATION, "", Provenance.GOLD),
            at("năm 1954", EntityType.DATE, "1954", Provenance.GOLD),
            at("Huế", EntityType.LOCATION, "", Provenance.GOLD),
            at("1955", EntityType.DATE, "1955", Provenance.GOLD));
    List<Mention> pred =
        List.of(
            at("Tướng", EntityType.RANK, "", RULE),
            at("Giáp", EntityType.LOCATION, "", RULE),
            at("ở", EntityType.UNIT, "", RULE),
            at("Hà Nội", EntityType.LOCATION, "", RULE),
            at("1954", EntityType.DATE, "1954", RULE),
            at("1955", EntityType.DATE, "1956", RULE));
    Document doc = Document.of("d", TEXT).withMentions(pred);
    EntityScores scores =
        new EntityScorer()
            .score(
                Examples.of(List.of(new Example(Document.of("d", TEXT).withMentions(gold), doc))));

    DocumentView view =
        DocumentViews.of(doc, "d0", Optional.of(new Comparison(scores.errors(), List.of())));

    List<String> verdicts =
        view.highlights().stream()
            .map(h -> h.kind() + " " + TEXT.substring(h.start(), h.end()) + " " + h.verdict())
            .toList();
    assertEquals(
        List.of(
            "MENTION Tướng CORRECT",
            "MENTION Giáp WRONG_TYPE",
            "MENTION ở FALSE_POSITIVE",
            "MENTION Hà Nội CORRECT",
            "MENTION 1954 FALSE_POSITIVE",
            "MENTION 1955 WRONG_VALUE",
            "MISSED năm 1954 FALSE_NEGATIVE",
            "MISSED Huế FALSE_NEGATIVE"),
        verdicts);
    assertEquals(3, scores.strict().micro().fp(), "two false positives and one wrong type");
    assertEquals(3, scores.strict().micro().fn(), "two missed and one wrong type");
    assertEquals(
        List.of("LOCATION", "source: rule", "type error: gold PERSON"),
        view.highlights().get(1).details());
    assertEquals(
        List.of("DATE 1956", "source: rule", "wrong value: 1956 (gold 1955)"),
        view.highlights().get(5).details());
  }

  @Test
  void withoutGoldMentionsShowValuePersonAndSourceAndRelationsAndEventsLinkToThem() {
    Mention rank = at("Tướng", EntityType.RANK, "", RULE);
    Mention person = at("Giáp", EntityType.PERSON, "", new Provenance("person-after-rank"));
    Mention date = at("năm 1954", EntityType.DATE, "1954", new Provenance("date-grammar"));
    Mention place = at("Hà Nội", EntityType.LOCATION, "", RULE);
    int trigger = TEXT.indexOf("ở");
    Event event =
        new Event(
            EventType.Move,
            trigger,
            trigger + 1,
            "ở",
            List.of(new Argument("Mover", person), new Argument("Destination", place)),
            new Provenance("triggers"));
    Document doc =
        new Document(
            "d",
            TEXT,
            List.of(),
            List.of(rank, person, place, date),
            List.of(new Relation(RelationType.HasRank, person, rank, new Provenance("p"))),
            List.of(event),
            List.of(new Person("P1", "Giáp", List.of(person))),
            Set.of());

    DocumentView view = DocumentViews.of(doc, "d3");

    Highlight giap = view.highlights().get(1);
    assertEquals(Verdict.UNSCORED, giap.verdict());
    assertEquals("d3-m6-10", giap.anchor());
    assertEquals(List.of("PERSON", "person P1", "source: person-after-rank"), giap.details());
    assertEquals(List.of("source", "person-after-rank", "person", "P1"), giap.attributes());
    assertEquals(List.of("DATE 1954", "source: date-grammar"), view.highlights().get(3).details());
    Highlight triggerMark = view.highlights().get(4);
    assertEquals(Kind.TRIGGER, triggerMark.kind());
    assertEquals("d3-E1", triggerMark.anchor());
    assertEquals(
        List.of(
            new Listing(
                0,
                "relation",
                List.of(
                    Listing.Part.styled("R1 HasRank", "label"),
                    Listing.Part.link("Giáp", "d3-m6-10"),
                    Listing.Part.text(" → "),
                    Listing.Part.link("Tướng", "d3-m0-5"),
                    Listing.Part.styled("p", "source"))),
            new Listing(
                trigger,
                "event",
                List.of(
                    Listing.Part.styled("E1 Move", "label"),
                    Listing.Part.link("ở", "d3-E1"),
                    Listing.Part.text(" · Mover: "),
                    Listing.Part.link("Giáp", "d3-m6-10"),
                    Listing.Part.text(" · Destination: "),
                    Listing.Part.link("Hà Nội", "d3-m13-19"),
                    Listing.Part.styled("triggers", "source")))),
        view.listings());
  }
}
