package vnie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Layer;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.pipeline.Stage;
import vnie.pos.LexiconTagger;
import vnie.pos.PosStage;
import vnie.segment.LexiconSegmenter;
import vnie.segment.SegmentStage;

class VnieTest {
  /** A stage that keeps only the DATE mentions, to show how users add their own. */
  private static final Stage DATES_ONLY =
      Stage.refining(
          "dates-only",
          Layer.ENTITIES,
          d ->
              d.withMentions(
                  d.mentions().stream().filter(m -> m.type() == EntityType.DATE).toList()));

  /** A stage that provides nothing: it can be added, not put in another's place. */
  private static final Stage NOTHING = Stage.of("nothing", Set.of(), Set.of(), d -> d);

  /** A replacement entity stage that marks every capitalised "Elbe" and nothing else. */
  private static final Stage ELBE_ONLY =
      Stage.making(
          "elbe-only",
          Layer.ENTITIES,
          d -> {
            int at = d.text().indexOf("Elbe");
            return d.withMentions(
                at < 0
                    ? List.of()
                    : List.of(
                        Mention.of(
                            d.text(), EntityType.LOCATION, at, at + 4, "", new Provenance("t"))));
          });

  private static final String TEXT = "Ngày 25/4/1945, Trung úy Albert Kotzebue đến sông Elbe.";

  @Test
  void defaultPipelineFindsTypedMentionsWithOffsets() {
    Document doc = Vnie.create().process(TEXT);
    assertEquals(
        List.of(
            "DATE Ngày 25/4/1945 1945-04-25 0",
            "RANK Trung úy  16",
            "PERSON Albert Kotzebue  25",
            "LOCATION Elbe  50"),
        doc.mentions().stream()
            .map(m -> m.type() + " " + m.text() + " " + m.value() + " " + m.start())
            .toList());
  }

  @Test
  void stagesCanBeAddedAndReplaced() {
    Vnie datesOnly = Vnie.builder().add(DATES_ONLY).build();
    assertEquals(
        List.of("Ngày 25/4/1945"),
        datesOnly.process(TEXT).mentions().stream().map(Mention::text).toList());

    Vnie elbe = Vnie.builder().replace(ELBE_ONLY).build();
    assertEquals(
        List.of("Elbe"), elbe.process(TEXT).mentions().stream().map(Mention::text).toList());
  }

  @Test
  void aStageThatMakesALayerReplacesEveryStageThatProvidesIt() {
    List<String> defaults = names(Vnie.create());
    assertEquals(
        List.of("sentences", "segment", "pos", "ner-rules", "ner-model"), defaults.subList(0, 5));
    // The entity rules and the entity model go as one: no model adds to ELBE_ONLY's mentions.
    List<String> expected = new ArrayList<>(defaults);
    expected.set(expected.indexOf("ner-rules"), "elbe-only");
    expected.remove("ner-model");
    assertEquals(expected, names(Vnie.builder().replace(ELBE_ONLY).build()));
    assertEquals(
        List.of("sentences", "segment", "pos", "elbe-only", "relations", "events", "persons"),
        names(Vnie.builder().rulesOnly().replace(ELBE_ONLY).build()));
  }

  @Test
  void aStageThatRefinesALayerReplacesTheStagesThatRefineIt() {
    List<String> expected = new ArrayList<>(names(Vnie.create()));
    expected.set(expected.indexOf("ner-model"), "dates-only");
    Vnie datesOnly = Vnie.builder().replace(DATES_ONLY).build();
    assertEquals(expected, names(datesOnly));
    assertEquals(
        List.of("Ngày 25/4/1945"),
        datesOnly.process(TEXT).mentions().stream().map(Mention::text).toList());
  }

  private static List<String> names(Vnie vnie) {
    return vnie.stages().stream().map(Stage::name).toList();
  }

  @Test
  void theLexiconSegmenterAndTaggerRemainAvailable() {
    Vnie lexicon =
        Vnie.builder()
            .replace(new SegmentStage(new LexiconSegmenter()))
            .replace(new PosStage(new LexiconTagger()))
            .build();
    Document doc = lexicon.process(TEXT);
    assertEquals(
        List.of(
            "Ngày/N",
            "25/4/1945/M",
            ",/CH",
            "Trung_úy/Np",
            "Albert_Kotzebue/Np",
            "đến/E",
            "sông/N",
            "Elbe/Np",
            "./CH"),
        doc.sentences().get(0).words().stream().map(w -> w.form() + "/" + w.tag()).toList());
    assertEquals(4, doc.mentions().size());
  }

  @Test
  void aReplacementThatDoesNoStagesJobIsRefused() {
    var refines =
        assertThrows(
            IllegalArgumentException.class,
            () -> Vnie.builder().rulesOnly().replace(DATES_ONLY).build());
    assertEquals(
        "no stage to replace with 'dates-only': none refines [ENTITIES]; stages: [sentences"
            + " [TOKENS, SENTENCES], segment [WORDS], pos [POS], ner-rules [ENTITIES], relations"
            + " [RELATIONS], events [EVENTS], persons [PERSONS]]",
        refines.getMessage());
    var nothing =
        assertThrows(IllegalArgumentException.class, () -> Vnie.builder().replace(NOTHING).build());
    assertEquals(
        "stage 'nothing' provides no layer, so it replaces none; add it", nothing.getMessage());
  }
}
