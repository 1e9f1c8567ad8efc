package vnie.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import vnie.core.Document;

/**
 * The tables {@code vnie extract} writes, as CSV text in pieces: the start of each file (BOM and
 * header) and the records of one document, formatted by the table's own writer. A job that
 * processes documents apart (a task on a cluster) joins the pieces into the very tables {@code vnie
 * extract} writes; the records of one document are those {@code vnie extract} writes for it, in the
 * same order and with the same ids.
 */
// The header is an unmodifiable List.of and the writers are stateless method references; Error
// Prone only trusts Guava's immutable types and @Immutable, which vnie does not use.
@SuppressWarnings("ImmutableEnumChecker")
public enum ResultTable {
  ENTITIES(ExtractionCsv.ENTITIES, EntityCsv.HEADER, EntityCsv::write),
  RELATIONS(ExtractionCsv.RELATIONS, RelationCsv.HEADER, RelationCsv::write),
  EVENTS(ExtractionCsv.EVENTS, EventCsv.EVENT_HEADER, EventCsv::writeEvents),
  EVENT_ARGUMENTS(
      ExtractionCsv.EVENT_ARGUMENTS, EventCsv.ARGUMENT_HEADER, EventCsv::writeArguments),
  PERSONS(ExtractionCsv.PERSONS, PersonCsv.HEADER, PersonCsv::write),
  /** Inputs that could not be processed, with the reason; no document has records here. */
  ERRORS("errors.csv", List.of("file", "reason"), null);

  @FunctionalInterface
  private interface TableWriter {
    void write(Collection<Document> documents, Writer out) throws IOException;
  }

  private final String fileName;
  private final List<String> header;
  private final TableWriter writer; // null for ERRORS
  private final String head;

  ResultTable(String fileName, List<String> header, TableWriter writer) {
    this.fileName = fileName;
    this.header = header;
    this.writer = writer;
    this.head = headOf(header);
  }

  /** The file {@code vnie extract} writes the table to, e.g. {@code entities.csv}. */
  public String fileName() {
    return fileName;
  }

  /** The file name without {@code .csv}: {@code entities}, {@code event_arguments}. */
  public String baseName() {
    return fileName.substring(0, fileName.length() - ".csv".length());
  }

  /** The columns, in the order written. */
  public List<String> header() {
    return header;
  }

  /** What every file of the table starts with: the BOM and the header line with its CRLF. */
  public String head() {
    return head;
  }

  /** The records of {@code doc} in this table, one CRLF-ended line each; empty when none. */
  public String records(Document doc) {
    if (writer == null) {
      return "";
    }
    StringWriter out = new StringWriter();
    try {
      writer.write(List.of(doc), out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    String written = out.toString();
    if (!written.startsWith(head)) {
      throw new IllegalStateException(fileName + ": the writer's header is not " + header);
    }
    return written.substring(head.length());
  }

  /** The record of {@link #ERRORS} for an input that could not be processed. */
  public static String errorRecord(String file, String reason) {
    StringWriter out = new StringWriter();
    try {
      SpreadsheetCsv.FORMAT.print(out).printRecord(file, reason);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static String headOf(List<String> header) {
    StringWriter out = new StringWriter();
    try {
      SpreadsheetCsv.open(out, header.toArray(String[]::new)).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }
}
