package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

class RelationPatternTest {
  private static final Cues CUES = Cues.of(Map.of("copula", List.of("là", "làm")));
  private static final RankKinds KINDS =
      new RankKinds(
          PhraseLexicon.of(Map.of("tư lệnh", "commander-title"), true), Set.of("commander-title"));

  private static String error(String... row) {
    return assertThrows(
            IllegalStateException.class, () -> RelationPattern.parse(List.of(row), CUES, KINDS))
        .getMessage();
  }

  @Test
  void parsesSlotsWordsCuesBracketsAndGaps() {
    RelationPattern p =
        RelationPattern.parse(
            List.of(
                "p",
                "Commands",
                "^UNIT:2 … do RANK[commander-title]? PERSON+:1 (…)? @copula? chỉ_huy !UNIT"),
            CUES,
            KINDS);
    assertEquals(
        List.of(
            new PatternElement.Slot(EntityType.UNIT, null, false, true, 2, false),
            new PatternElement.Gap(EntityType.UNIT),
            new PatternElement.Words(List.of("do"), false),
            new PatternElement.Slot(EntityType.RANK, "commander-title", false, false, 0, true),
            new PatternElement.Slot(EntityType.PERSON, null, true, false, 1, false),
            new PatternElement.Brackets(true),
            new PatternElement.Cue("copula", true),
            new PatternElement.Words(List.of("chỉ", "huy"), false),
            new PatternElement.Absent(EntityType.UNIT)),
        p.elements());
  }

  @Test
  void malformedPatternsAreRefusedWithTheirId() {
    assertEquals("p: unknown relation IsFriend", error("p", "IsFriend", "PERSON:1 RANK:2"));
    assertEquals(
        "p: Arg2 of HasRank must be a required RANK", error("p", "HasRank", "PERSON:1 UNIT:2"));
    assertEquals("p: needs exactly one slot marked :2", error("p", "HasRank", "PERSON:1 RANK"));
    assertEquals(
        "p: no cue list lead in event/cues.tsv", error("p", "HasRank", "PERSON:1 @lead RANK:2"));
    assertEquals(
        "p: 'Do' is neither an element nor a word", error("p", "HasRank", "Do PERSON:1 RANK:2"));
  }
}
