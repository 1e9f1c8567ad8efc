package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;

class SingleFillersTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();
  private static final String TEXT = "Anh và quân Pháp tấn công Đức, còn Mỹ đứng ngoài.";

  private static Mention mention(EntityType type, String surface) {
    int at = TEXT.indexOf(surface);
    return Mention.of(TEXT, type, at, at + surface.length(), "", Provenance.GOLD);
  }

  /**
   * The arguments kept of {@code candidates}, each {@code ROLE MENTION SCORE}, comma-separated, the
   * mentions those of {@link #TEXT}.
   */
  private static List<String> kept(String candidates) {
    List<Mention> mentions =
        List.of(
            mention(EntityType.LOCATION, "Anh"),
            mention(EntityType.LOCATION, "Pháp"),
            mention(EntityType.LOCATION, "Đức"),
            mention(EntityType.LOCATION, "Mỹ"));
    Document analysed = RULES.process("t", TEXT).withMentions(mentions);
    EventSentence s = EventSentence.of(analysed).get(0);
    EventLexicons lex = EventLexicons.load();
    List<SingleFillers.Candidate> parsed = new ArrayList<>();
    for (String candidate : candidates.split(", ")) {
      String[] parts = candidate.split(" ");
      Anchored m =
          s.mentions().stream()
              .filter(a -> a.mention().text().equals(parts[1]))
              .findFirst()
              .orElseThrow();
      parsed.add(new SingleFillers.Candidate(parts[0], m, Double.parseDouble(parts[2])));
    }
    EventFeatures features = new EventFeatures(s, lex, List.of(), List.of());
    return SingleFillers.kept(features, lex.cues(), parsed).stream()
        .map(a -> a.role() + ":" + a.filler().text())
        .toList();
  }

  @Test
  void anAgentRoleKeepsItsBestFillerAndThoseListedWithIt() {
    assertEquals(
        List.of("Attacker:Anh", "Attacker:Pháp", "Target:Đức"),
        kept("Attacker Anh 5, Attacker Pháp 2, Target Đức 1, Attacker Mỹ 3"));
  }

  @Test
  void aFillerAloneStaysWhenItScoresHighestAndOtherRolesAreNotLimited() {
    assertEquals(
        List.of("Target:Anh", "Target:Đức", "Attacker:Mỹ"),
        kept("Target Anh 5, Attacker Pháp 2, Target Đức 1, Attacker Mỹ 3"));
  }
}
