package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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

  @Test
  void manyProposalsMergeAsTheRuleSaysWhenEachIsComparedWithEveryKeptOne() {
    // The merger searches the kept mentions and blocked spans; the rule it implements compares
    // each proposal with all of them. Random overlapping proposals over a long text must agree.
    String text = "x".repeat(5000);
    Random random = new Random(18);
    List<Candidate> proposals = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      int start = random.nextInt(4990);
      int end = start + 1 + random.nextInt(9);
      Mention m = Mention.of(text, EntityType.PERSON, start, end, "", new Provenance("s" + i));
      proposals.add(new Candidate(m, 50 + random.nextInt(3), 0, -1, -1));
    }
    List<Span> blocked = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int start = random.nextInt(4980);
      blocked.add(new Span(start, start + random.nextInt(20)));
    }

    assertEquals(byTheRule(proposals, blocked), new MentionMerger().merge(proposals, blocked));
  }

  /** The merge rule spelled out: by preference, kept unless it overlaps a blocked or kept span. */
  private static List<Candidate> byTheRule(List<Candidate> proposals, List<Span> blocked) {
    List<Candidate> sorted = new ArrayList<>(proposals);
    sorted.sort(
        Comparator.comparingInt(Candidate::priority)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(c -> c.mention().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (blocked.stream().noneMatch(b -> b.overlaps(c.mention().span()))
          && kept.stream().noneMatch(k -> k.mention().overlaps(c.mention()))) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(c -> c.mention().start()));
    return kept;
  }
}
