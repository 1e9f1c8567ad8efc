package vnie.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.io.BratReader;
import vnie.pipeline.Stage;

/**
 * Makes the entities from hand annotations: the entity mentions of {@code DIR/NAME.ann} for the
 * document {@code NAME}. It provides the entities without requiring them, so it replaces every
 * stage that provides them, the entity rules and the entity model alike ({@link
 * vnie.pipeline.Pipeline#replace}): nothing adds to the hand annotations. Used by {@code extract
 * --entities} to score the relation and event stages on gold entities. Reads the file on each call;
 * thread-safe.
 */
final class BratEntityStage {
  private BratEntityStage() {}

  /** The stage that reads the entities of each document from {@code DIR/NAME.ann}. */
  static Stage of(Path annotations) {
    return Stage.making(
        "gold-entities", Layer.ENTITIES, document -> withGoldEntities(annotations, document));
  }

  private static Document withGoldEntities(Path annotations, Document document) {
    Path ann = annotations.resolve(document.id() + ".ann");
    if (!Files.exists(ann)) {
      throw new IllegalArgumentException("no annotation " + ann + " for " + document.id());
    }
    try {
      Document gold = new BratReader().read(document, Files.readString(ann), ann.toString());
      return document.withMentions(gold.mentions());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
