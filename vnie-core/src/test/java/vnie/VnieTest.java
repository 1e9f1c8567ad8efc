package vnie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  private record DatesOnly() implements Stage {
    @Override
    public String name() {
      return "dates-only";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document d) {
      return d.withMentions(
          d.mentions().stream().filter(m -> m.type() == EntityType.DATE).toList());
    }
  }

  /** A replacement entity stage that marks every capitalised "Elbe" and nothing else. */
  private record ElbeOnly() implements Stage {
    @Override
    public String name() {
      return "ner-rules";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
      return Set.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document d) {
      int at = d.text().indexOf("Elbe");
      return d.withMentions(
          at < 0
              ? List.of()
              : List.of(
                  Mention.of(d.text(), EntityType.LOCATION, at, at + 4, "", new Provenance("t"))));
    }
  }

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
    Vnie datesOnly = Vnie.builder().add(new DatesOnly()).build();
    assertEquals(
        List.of("Ngày 25/4/1945"),
        datesOnly.process(TEXT).mentions().stream().map(Mention::text).toList());

    Vnie elbe = Vnie.builder().rulesOnly().replace(new ElbeOnly()).build();
    assertEquals(
        List.of("Elbe"), elbe.process(TEXT).mentions().stream().map(Mention::text).toList());
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
  void replacingAnUnknownStageIsRefused() {
    var error =
        assertThrows(
            IllegalArgumentException.class, () -> Vnie.builder().replace(new DatesOnly()).build());
    assertEquals(
        "no stage named 'dates-only' to replace; stages: [sentences, segment, pos, ner-rules,"
            + " ner-model, relations, events, persons]",
        error.getMessage());
  }
}
