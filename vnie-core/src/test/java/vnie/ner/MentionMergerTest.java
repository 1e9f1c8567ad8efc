package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Span;

/** The merge priorities between rules, between rules and the model, and blocked event names. */
class MentionMergerTest {
  private static final String TEXT = "Ngày Độc Lập, Trung úy Lê Hà Nội đến Hà Nội gặp Kowalski.";

  private static Candidate candidate(EntityType type, String text, int from, String source, int p) {
    int start = TEXT.indexOf(text, from);
    Mention m = Mention.of(TEXT, type, start, start + text.length(), "", new Provenance(source));
    return new Candidate(m, p, 0, -1, -1);
  }

  private static List<String> merged(List<Candidate> proposals, List<Span> blocked) {
    return MentionMerger.mentions(new MentionMerger().merge(proposals, blocked)).stream()
        .map(m -> m.type() + " " + m.text() + " " + m.provenance())
        .toList();
  }

  @Test
  void rulesBeatTheModelWhereTheyOverlapAndTheModelFillsTheGaps() {
    List<Candidate> proposals =
        List.of(
            candidate(EntityType.LOCATION, "Hà Nội", 30, "places", Priority.RULES),
            candidate(EntityType.PERSON, "Hà Nội gặp", 30, EntityTagger.SOURCE, Priority.MODEL),
            candidate(EntityType.PERSON, "Kowalski", 0, EntityTagger.SOURCE, Priority.MODEL));

    assertEquals(
        List.of("LOCATION Hà Nội places", "PERSON Kowalski model:entities"),
        merged(proposals, List.of()));
  }

  @Test
  void aMoreSpecificRuleBeatsALexiconPlaceAndThenTheLongerSpanWins() {
    List<Candidate> proposals =
        List.of(
            candidate(EntityType.LOCATION, "Hà Nội", 0, "places", 60),
            candidate(EntityType.PERSON, "Lê Hà Nội", 0, "person-after-rank", 70),
            candidate(EntityType.PERSON, "Lê Hà", 0, "person-surname", 70));

    assertEquals(List.of("PERSON Lê Hà Nội person-after-rank"), merged(proposals, List.of()));
  }

  @Test
  void nothingInsideABlockedEventNameSurvives() {
    int end = TEXT.indexOf(',');
    List<Candidate> proposals =
        List.of(
            candidate(EntityType.LOCATION, "Độc Lập", 0, "place-preposition", 50),
            candidate(EntityType.PERSON, "Kowalski", 0, EntityTagger.SOURCE, Priority.MODEL));

    assertEquals(
        List.of("PERSON Kowalski model:entities"), merged(proposals, List.of(new Span(0, end))));
  }
}
