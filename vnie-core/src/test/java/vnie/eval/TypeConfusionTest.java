package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;

class TypeConfusionTest {
  private static Mention m(EntityType type, int start, int end) {
    return new Mention(type, start, end, "x".repeat(end - start), "", Provenance.GOLD);
  }

  private static Document document(String id, Mention... mentions) {
    return Document.of(id, "x".repeat(60)).withMentions(List.of(mentions));
  }

  private static Optional<EntityType> t(EntityType type) {
    return Optional.of(type);
  }

  @Test
  void overlappingPairsCountByGoldAndPredictedTypeAndLoneMentionsAgainstNone() {
    List<Document> gold =
        List.of(
            document(
                "a",
                m(EntityType.PERSON, 0, 5),
                m(EntityType.DATE, 10, 18),
                m(EntityType.LOCATION, 20, 25),
                m(EntityType.UNIT, 30, 40)));
    List<Document> pred =
        List.of(
            document(
                "a",
                m(EntityType.PERSON, 0, 5),
                m(EntityType.DATE, 14, 18),
                m(EntityType.PERSON, 20, 25),
                m(EntityType.LOCATION, 30, 33),
                m(EntityType.UNIT, 34, 40),
                m(EntityType.RANK, 50, 55)),
            document("not-in-gold", m(EntityType.RANK, 0, 5)));

    TypeConfusion confusion = TypeConfusion.of(Examples.pair(gold, pred));

    assertEquals(1, confusion.count(t(EntityType.PERSON), t(EntityType.PERSON)));
    assertEquals(1, confusion.count(t(EntityType.DATE), t(EntityType.DATE)), "overlap, not exact");
    assertEquals(1, confusion.count(t(EntityType.LOCATION), t(EntityType.PERSON)));
    assertEquals(1, confusion.count(t(EntityType.UNIT), t(EntityType.LOCATION)));
    assertEquals(1, confusion.count(t(EntityType.UNIT), t(EntityType.UNIT)));
    assertEquals(1, confusion.count(Optional.empty(), t(EntityType.RANK)), "one, not two");
    assertEquals(0, confusion.count(t(EntityType.PERSON), Optional.empty()));
    assertEquals(0, confusion.count(t(EntityType.LOCATION), t(EntityType.LOCATION)));
  }

  @Test
  void aGoldDocumentWithoutPredictionsCountsEveryMentionAgainstNone() {
    TypeConfusion confusion =
        TypeConfusion.of(
            Examples.pair(
                List.of(document("a", m(EntityType.RANK, 0, 3), m(EntityType.RANK, 4, 6))),
                List.of()));
    assertEquals(2, confusion.count(t(EntityType.RANK), Optional.empty()));
  }
}
