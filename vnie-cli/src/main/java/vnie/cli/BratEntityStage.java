package vnie.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
final class BratEntityStage implements Stage {
  private final Path annotations;

  BratEntityStage(Path annotations) {
    this.annotations = annotations;
  }

  @Override
  public String name() {
    return "gold-entities";
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
  public Document apply(Document document) {
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
