package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;

class EntityScorerTest {
  private static final double DELTA = 1e-4;
  // Hoàng 0-5, Vinh 10-14, 14/4/1945 20-29, Lữ 46 40-45.
  static final String TEXT = "Hoàng đến Vinh ngày 14/4/1945 và gặp cả Lữ 46 ở đó.";

  static Mention m(EntityType type, int start, int end) {
    return m(type, start, end, "");
  }

  static Mention m(EntityType type, int start, int end, String value) {
    return Mention.of(TEXT, type, start, end, value, new Provenance("test"));
  }

  static Mention mention(String text, EntityType type, int start, int end) {
    return Mention.of(text, type, start, end, "", new Provenance("test"));
  }

  /** Gold and predicted mentions of one text, as a document pair. */
  static Example example(String id, String text, List<Mention> gold, List<Mention> pred) {
    Document document = Document.of(id, text);
    return new Example(document.withMentions(gold), document.withMentions(pred));
  }

  private static EntityScores score(List<Mention> gold, List<Mention> pred) {
    return new EntityScorer().score(Examples.of(List.of(example("d", TEXT, gold, pred))));
  }

  /** The example of the brief: one near miss, one wrong value, one spurious unit. */
  static EntityScores example() {
    return score(
        List.of(
            m(EntityType.PERSON, 0, 5),
            m(EntityType.LOCATION, 10, 14),
            m(EntityType.DATE, 20, 29, "1945-04-14")),
        List.of(
            m(EntityType.PERSON, 0, 5),
            m(EntityType.LOCATION, 10, 13),
            m(EntityType.DATE, 20, 29, "1945-05-14"),
            m(EntityType.UNIT, 40, 45)));
  }

  private static void assertMeasures(double p, double r, double f1, Counts c) {
    assertEquals(p, c.precision(), DELTA);
    assertEquals(r, c.recall(), DELTA);
    assertEquals(f1, c.f1(), DELTA);
  }

  private static void assertMacro(double p, double r, double f1, MacroAverage macro) {
    assertEquals(p, macro.precision(), DELTA);
    assertEquals(r, macro.recall(), DELTA);
    assertEquals(f1, macro.f1(), DELTA);
  }

  @Test
  void strictScoresOfTheExample() {
    ModeScores strict = example().strict();
    assertEquals(new Counts(2, 2, 1), strict.micro());
    assertMeasures(0.5, 0.6667, 0.5714, strict.micro());
    assertEquals(
        Map.of(
            EntityType.PERSON,
            new Counts(1, 0, 0),
            EntityType.UNIT,
            new Counts(0, 1, 0),
            EntityType.LOCATION,
            new Counts(0, 1, 1),
            EntityType.DATE,
            new Counts(1, 0, 0)),
        strict.perType());
    // (1 + 0 + 0 + 1) / 4 for each measure.
    assertMacro(0.5, 0.5, 0.5, strict.macro());
  }

  @Test
  void overlapScoresOfTheExample() {
    ModeScores overlap = example().overlap();
    assertEquals(new Counts(3, 1, 0), overlap.micro());
    assertMeasures(0.75, 1.0, 0.8571, overlap.micro());
    assertEquals(new Counts(1, 0, 0), overlap.of(EntityType.LOCATION));
    assertEquals(new Counts(0, 1, 0), overlap.of(EntityType.UNIT));
    assertEquals(Counts.ZERO, overlap.of(EntityType.RANK));
    // PERSON, LOCATION and DATE perfect, UNIT zero.
    assertMacro(0.75, 0.75, 0.75, overlap.macro());
  }

  @Test
  void dateValueAccuracyAndErrorsOfTheExample() {
    EntityScores scores = example();
    assertEquals(new ValueAccuracy(0, 1), scores.dateValues());
    assertEquals(0.0, scores.dateValues().accuracy());
    assertEquals(
        List.of(
            new ScoringError(
                "d",
                ScoringError.Kind.FALSE_POSITIVE,
                EntityType.LOCATION,
                10,
                13,
                "Vin",
                "",
                "Hoàng đến [[Vin]]h ngày 14/4/1945 và gặp cả Lữ 46 ở đó."),
            new ScoringError(
                "d",
                ScoringError.Kind.FALSE_NEGATIVE,
                EntityType.LOCATION,
                10,
                14,
                "Vinh",
                "",
                "Hoàng đến [[Vinh]] ngày 14/4/1945 và gặp cả Lữ 46 ở đó."),
            new ScoringError(
                "d",
                ScoringError.Kind.WRONG_VALUE,
                EntityType.DATE,
                20,
                29,
                "14/4/1945",
                "1945-05-14 (gold 1945-04-14)",
                "Hoàng đến Vinh ngày [[14/4/1945]] và gặp cả Lữ 46 ở đó."),
            new ScoringError(
                "d",
                ScoringError.Kind.FALSE_POSITIVE,
                EntityType.UNIT,
                40,
                45,
                "Lữ 46",
                "",
                "Hoàng đến Vinh ngày 14/4/1945 và gặp cả [[Lữ 46]] ở đó.")),
        scores.errors());
    assertEquals(List.of(), scores.unscoredDocs());
  }

  @Test
  void sameSpanWithAnotherTypeIsOneWrongTypeErrorButAnFpAndAnFn() {
    EntityScores scores =
        score(
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.UNIT, 40, 45)),
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.LOCATION, 40, 45)));
    for (ModeScores mode : List.of(scores.strict(), scores.overlap())) {
      assertEquals(new Counts(1, 1, 1), mode.micro());
      assertEquals(new Counts(0, 0, 1), mode.of(EntityType.UNIT));
      assertEquals(new Counts(0, 1, 0), mode.of(EntityType.LOCATION));
      // PERSON 1, UNIT 0, LOCATION 0.
      assertMacro(0.3333, 0.3333, 0.3333, mode.macro());
    }
    assertEquals(
        List.of(
            new ScoringError(
                "d",
                ScoringError.Kind.WRONG_TYPE,
                EntityType.UNIT,
                40,
                45,
                "Lữ 46",
                "LOCATION",
                "Hoàng đến Vinh ngày 14/4/1945 và gặp cả [[Lữ 46]] ở đó.")),
        scores.errors());
    assertEquals(new ValueAccuracy(0, 0), scores.dateValues());
  }

  @Test
  void macroAveragesPerTypeMeasuresWhileMicroSumsCounts() {
    EntityScores scores =
        score(
            List.of(
                m(EntityType.PERSON, 0, 5),
                m(EntityType.LOCATION, 10, 14),
                m(EntityType.LOCATION, 20, 29),
                m(EntityType.LOCATION, 40, 45)),
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.LOCATION, 10, 14)));
    ModeScores strict = scores.strict();
    assertEquals(new Counts(1, 0, 2), strict.of(EntityType.LOCATION));
    assertMeasures(1.0, 0.3333, 0.5, strict.of(EntityType.LOCATION));
    assertMacro(1.0, 0.6667, 0.75, strict.macro());
    assertMeasures(1.0, 0.5, 0.6667, strict.micro());
  }

  @Test
  void overlapMatchesOneToOne() {
    EntityScores oneGoldTwoPred =
        score(
            List.of(m(EntityType.PERSON, 0, 14)),
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.PERSON, 10, 14)));
    assertEquals(new Counts(1, 1, 0), oneGoldTwoPred.overlap().micro());
    assertEquals(new Counts(0, 2, 1), oneGoldTwoPred.strict().micro());

    EntityScores twoGoldOnePred =
        score(
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.PERSON, 10, 14)),
            List.of(m(EntityType.PERSON, 0, 14)));
    assertEquals(new Counts(1, 0, 1), twoGoldOnePred.overlap().micro());

    // Exact pairs first: greedy alone would give the long gold span the prediction 10-14,
    // leaving 20-29 and the short gold span unpaired.
    EntityScores nested =
        score(
            List.of(m(EntityType.PERSON, 0, 29), m(EntityType.PERSON, 10, 14)),
            List.of(m(EntityType.PERSON, 10, 14), m(EntityType.PERSON, 20, 29)));
    assertEquals(new Counts(2, 0, 0), nested.overlap().micro());
    assertEquals(new Counts(1, 1, 1), nested.strict().micro());
  }

  @Test
  void aDuplicatePredictionIsAFalsePositive() {
    EntityScores scores =
        score(
            List.of(m(EntityType.PERSON, 0, 5)),
            List.of(m(EntityType.PERSON, 0, 5), m(EntityType.PERSON, 0, 5)));
    assertEquals(new Counts(1, 1, 0), scores.strict().micro());
    assertEquals(new Counts(1, 1, 0), scores.overlap().micro());
  }

  @Test
  void missingPredictionsAreMissesAndDocumentsWithoutGoldAreListed() {
    Document d1 = Document.of("d1", TEXT);
    // A gold text that does not hold the mention's text.
    Document d2 = Document.of("d2", "");
    EntityScores scores =
        new EntityScorer()
            .score(
                Examples.pair(
                    List.of(
                        d2.withMentions(List.of(m(EntityType.LOCATION, 10, 14))),
                        d1.withMentions(List.of(m(EntityType.PERSON, 0, 5)))),
                    List.of(
                        d1.withMentions(List.of(m(EntityType.PERSON, 0, 5))),
                        Document.of("d3", TEXT).withMentions(List.of(m(EntityType.UNIT, 40, 45))),
                        Document.of("d0", TEXT))));
    assertEquals(
        Map.of(EntityType.PERSON, new Counts(1, 0, 0), EntityType.LOCATION, new Counts(0, 0, 1)),
        scores.strict().perType());
    assertEquals(List.of("d0", "d3"), scores.unscoredDocs());
    // Where the text does not hold the mention, the context is the mention alone.
    assertEquals(
        List.of(
            new ScoringError(
                "d2",
                ScoringError.Kind.FALSE_NEGATIVE,
                EntityType.LOCATION,
                10,
                14,
                "Vinh",
                "",
                "[[Vinh]]")),
        scores.errors());
  }

  @Test
  void contextShowsFortyCharactersEitherSideOnOneLine() {
    // The 40 characters before "Albert": 29 x, CRLF (one space) and "Trung úy" with its LF.
    String text = "x".repeat(50) + "\r\nTrung úy\nAlbert Kotzebue\n" + "y".repeat(50);
    int start = text.indexOf("Albert");
    String context = ScoringError.context(text, start, start + "Albert Kotzebue".length());
    assertEquals(
        "…" + "x".repeat(29) + " Trung úy [[Albert Kotzebue]] " + "y".repeat(39) + "…", context);
    assertEquals("[[ab]]c", ScoringError.context("abc", 0, 2));
  }

  @Test
  void noGoldAndNoPredictionScoresZero() {
    EntityScores scores = new EntityScorer().score(Examples.of(List.of()));
    assertEquals(Counts.ZERO, scores.strict().micro());
    assertMacro(0, 0, 0, scores.overlap().macro());
  }
}
