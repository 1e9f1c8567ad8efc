package vnie.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.PersonIds;
import vnie.core.Provenance;
import vnie.core.Span;

/**
 * The entities table ({@link ResultTable#ENTITIES}): one row per mention, each document's rows in
 * text order (start, then end). The last column, {@code person_id}, holds the id of the person a
 * PERSON mention names ({@code P1}), empty otherwise.
 */
public final class EntityCsv {
  /** The columns, in the order written. */
  static final List<String> HEADER =
      List.of("doc", "sentence", "start", "end", "type", "text", "value", "source", "person_id");

  /** Columns a table must have to be read back; {@code sentence} is derived, so optional. */
  private static final Set<String> REQUIRED =
      Set.of("doc", "start", "end", "type", "text", "value", "source");

  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

  private EntityCsv() {}

  /** Prints the rows of one document, in text order, to {@code printer} (no header). */
  static void writeRows(Document doc, CSVPrinter printer) throws IOException {
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(TEXT_ORDER); // stable: mentions with equal offsets keep their order
    PersonIds personIds = doc.personIds();
    for (Mention m : mentions) {
      SpreadsheetCsv.printRow(
          printer,
          doc.id(),
          doc.sentenceAt(m.start()),
          m.start(),
          m.end(),
          m.type().name(),
          m.text(),
          m.value(),
          m.provenance().source(),
          personIds.of(m));
    }
  }

  /** Reads an entities table from {@code file}, decoded as strict UTF-8. */
  public static Map<String, List<Mention>> read(Path file) throws IOException {
    String content = new TextFileReader().readPossiblyEmpty(file);
    return read(new StringReader(content), String.valueOf(file));
  }

  /**
   * Reads an entities table into mentions per document id, each list in text order, documents in
   * the order first seen. Columns are matched by name; extra columns are ignored.
   *
   * @param sourceName the file name for error messages
   * @throws FileFormatException naming the row (the header is row 1) when a value is bad
   */
  public static Map<String, List<Mention>> read(Reader in, String sourceName) throws IOException {
    Map<String, List<Mention>> byDoc = new LinkedHashMap<>();
    try (CSVParser parser = SpreadsheetCsv.parseWithHeader(in)) {
      checkColumns(parser, sourceName);
      for (CSVRecord record : parser) {
        Mention mention = toMention(record, sourceName);
        byDoc.computeIfAbsent(CsvRows.cell(record, "doc"), d -> new ArrayList<>()).add(mention);
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports broken quoting while iterating this way.
      throw new FileFormatException(sourceName, 0, "broken CSV: " + e.getCause().getMessage());
    }
    Map<String, List<Mention>> result = new LinkedHashMap<>();
    byDoc.forEach(
        (doc, mentions) -> {
          mentions.sort(TEXT_ORDER);
          result.put(doc, List.copyOf(mentions));
        });
    return Collections.unmodifiableMap(result);
  }

  /**
   * Reads the {@code person_id} column of an entities table: per document, the mentions of each
   * person id in text order. A table without the column gives no persons.
   */
  public static Map<String, Map<String, List<Mention>>> readPersonMentions(Path file)
      throws IOException {
    String sourceName = String.valueOf(file);
    List<String> required = HEADER.stream().filter(REQUIRED::contains).toList();
    Map<String, Map<String, List<Mention>>> byDoc = new LinkedHashMap<>();
    for (CSVRecord record : CsvRows.read(file, required)) {
      String person = record.isMapped("person_id") ? CsvRows.cell(record, "person_id").trim() : "";
      if (!person.isEmpty()) {
        byDoc
            .computeIfAbsent(CsvRows.cell(record, "doc"), d -> new LinkedHashMap<>())
            .computeIfAbsent(person, p -> new ArrayList<>())
            .add(toMention(record, sourceName));
      }
    }
    byDoc.values().forEach(persons -> persons.values().forEach(list -> list.sort(TEXT_ORDER)));
    return byDoc;
  }

  private static void checkColumns(CSVParser parser, String sourceName) {
    List<String> missing = new ArrayList<>();
    for (String column : HEADER) {
      if (REQUIRED.contains(column) && !parser.getHeaderMap().containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      List<String> needed = HEADER.stream().filter(REQUIRED::contains).toList();
      throw new FileFormatException(
          sourceName, 1, "missing columns " + missing + "; the header must name " + needed);
    }
  }

  private static Mention toMention(CSVRecord record, String sourceName) {
    long row = record.getRecordNumber() + 1;
    try {
      String doc = CsvRows.cell(record, "doc");
      if (doc.isBlank()) {
        throw new IllegalArgumentException("empty doc");
      }
      Span span = CsvRows.span(record, "start", "end");
      EntityType type = EntityType.parse(CsvRows.cell(record, "type"));
      return new Mention(
          type,
          span.start(),
          span.end(),
          CsvRows.cell(record, "text"),
          CsvRows.cell(record, "value"),
          new Provenance(CsvRows.cell(record, "source")));
    } catch (IllegalArgumentException e) {
      // A short row, a number that is not one, an unknown type, a text that does not fit its
      // offsets or an empty source.
      throw new FileFormatException(sourceName, row, "bad row: " + e.getMessage());
    }
  }
}
