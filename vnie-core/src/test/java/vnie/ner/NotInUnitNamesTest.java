package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.rules.RulePack;

class NotInUnitNamesTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();
  private static final NerLexicons SHIPPED = NerLexicons.load(RulePack.shipped());

  private static boolean dropped(String text, String span, EntityType type) {
    Document doc = RULES.process("d", text);
    int start = text.indexOf(span);
    Mention m = Mention.of(text, type, start, start + span.length(), "", Provenance.GOLD);
    return EntityModelStage.notAUnitName(m, doc.sentences().get(0), SHIPPED.notInUnitNames);
  }

  @Test
  void aUnitRunningOnIntoADemonstrativeOrAVerbPhraseIsNoName() {
    String text = "Cụm Tập đoàn quân này rút về Minsk, Tập đoàn quân đã nhận diện được.";
    assertEquals(
        List.of(true, true, false),
        List.of(
            dropped(text, "Cụm Tập đoàn quân này", EntityType.UNIT),
            dropped(text, "Tập đoàn quân đã nhận diện", EntityType.UNIT),
            dropped(text, "Cụm Tập đoàn quân", EntityType.UNIT)));
  }

  @Test
  void onlyUnitsAndOnlyWordsAfterTheFirstAreLookedAt() {
    assertEquals(false, dropped("Đó là Sư đoàn 5.", "Đó là Sư đoàn 5", EntityType.LOCATION));
    assertEquals(false, dropped("Khác Sơn tiến về Huế.", "Khác Sơn", EntityType.UNIT));
  }
}
