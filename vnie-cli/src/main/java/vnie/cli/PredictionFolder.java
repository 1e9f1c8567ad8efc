package vnie.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.io.ExtractionCsv;

/**
 * Reads the output of {@code vnie extract} back as documents, for the commands that compare it with
 * gold or show it ({@code evaluate}, {@code report}): its tables when it has {@code entities.csv},
 * else its brat files.
 */
final class PredictionFolder {
  private PredictionFolder() {}

  /** The text of the predicted document of a name, which the tables do not hold. */
  @FunctionalInterface
  interface Texts {
    String of(String id) throws IOException;
  }

  /**
   * The predicted documents of {@code dir} in name order: every document of its tables, with the
   * text {@code texts} gives it; or, without tables, every {@code .ann} with its {@code .txt}
   * beside it or under {@code bratTexts} ({@link BratFolder#read}). Empty when there is neither.
   */
  static List<Document> read(Path dir, Path bratTexts, Texts texts) throws IOException {
    if (!ExtractionCsv.existsIn(dir)) {
      return List.copyOf(BratFolder.read(dir, bratTexts).values());
    }
    ExtractionCsv tables = ExtractionCsv.read(dir);
    Set<String> ids = new LinkedHashSet<>(tables.mentions().keySet());
    ids.addAll(tables.relations().keySet());
    ids.addAll(tables.events().keySet());
    Map<String, Document> documents = new TreeMap<>();
    for (String id : ids) {
      documents.put(
          id,
          new Document(
              id,
              texts.of(id),
              List.of(),
              tables.mentions().getOrDefault(id, List.of()),
              tables.relations().getOrDefault(id, List.of()),
              tables.events().getOrDefault(id, List.of()),
              tables.persons().getOrDefault(id, List.of()),
              Set.of(Layer.ENTITIES, Layer.RELATIONS, Layer.EVENTS, Layer.PERSONS)));
    }
    return List.copyOf(documents.values());
  }
}
