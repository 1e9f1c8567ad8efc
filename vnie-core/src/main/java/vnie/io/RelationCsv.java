package vnie.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;

/**
 * The relations table ({@link ResultTable#RELATIONS}): one row per relation. Ids ({@code R1},
 * {@code R2} …) count the relations of each document in its order; {@code source} is the pattern
 * that found the relation.
 */
public final class RelationCsv {
  /** The columns, in the order written. */
  static final List<String> HEADER =
      List.of(
          "doc",
          "sentence",
          "id",
          "type",
          "arg1",
          "arg1_start",
          "arg1_end",
          "arg2",
          "arg2_start",
          "arg2_end",
          "source");

  /** The columns a table must have to be read back; {@code sentence} and {@code id} are not. */
  private static final List<String> REQUIRED =
      HEADER.stream().filter(c -> !c.equals("sentence") && !c.equals("id")).toList();

  private RelationCsv() {}

  /** Prints the rows of one document to {@code printer} (no header); ids count from R1. */
  static void writeRows(Document doc, CSVPrinter printer) throws IOException {
    int n = 0;
    for (Relation r : doc.relations()) {
      SpreadsheetCsv.printRow(
          printer,
          doc.id(),
          doc.sentenceAt(r.arg1().start()),
          "R" + ++n,
          r.type().name(),
          r.arg1().text(),
          r.arg1().start(),
          r.arg1().end(),
          r.arg2().text(),
          r.arg2().start(),
          r.arg2().end(),
          r.provenance().source());
    }
  }

  /**
   * Reads a relations table into relations per document, documents in the order first seen; the
   * arguments are the mentions of {@code entities} with the same type and span where there are.
   */
  public static Map<String, List<Relation>> read(Path file, Map<String, List<Mention>> entities)
      throws IOException {
    return toRelations(CsvRows.read(file, REQUIRED), String.valueOf(file), entities);
  }

  /** As {@link #read(Path, Map)}, from a reader; {@code sourceName} names it in errors. */
  public static Map<String, List<Relation>> read(
      Reader in, String sourceName, Map<String, List<Mention>> entities) throws IOException {
    return toRelations(CsvRows.read(in, sourceName, REQUIRED), sourceName, entities);
  }

  private static Map<String, List<Relation>> toRelations(
      List<CSVRecord> records, String sourceName, Map<String, List<Mention>> entities) {
    Map<String, List<Relation>> byDoc = new LinkedHashMap<>();
    for (CSVRecord record : records) {
      try {
        String doc = CsvRows.doc(record);
        RelationType type = RelationType.valueOf(CsvRows.cell(record, "type").trim());
        Provenance source = new Provenance(CsvRows.cell(record, "source"));
        Mention arg1 = arg(record, "arg1", type.arg1(), doc, entities, source);
        Mention arg2 = arg(record, "arg2", type.arg2(), doc, entities, source);
        byDoc
            .computeIfAbsent(doc, d -> new ArrayList<>())
            .add(new Relation(type, arg1, arg2, source));
      } catch (IllegalArgumentException e) {
        throw new FileFormatException(
            sourceName, CsvRows.row(record), "bad row: " + e.getMessage());
      }
    }
    return byDoc;
  }

  private static Mention arg(
      CSVRecord record,
      String column,
      EntityType type,
      String doc,
      Map<String, List<Mention>> entities,
      Provenance source) {
    return CsvRows.mention(
        entities,
        doc,
        type,
        CsvRows.span(record, column + "_start", column + "_end"),
        CsvRows.cell(record, column),
        source);
  }
}
