package vnie.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import vnie.core.Document;

/**
 * The tables {@code vnie extract} writes, each defined once: its file, its {@link #header()
 * columns} and the {@link #rows(Document) rows of one document}, in the {@link SpreadsheetCsv}
 * dialect (UTF-8, CRLF, a byte-order mark only for Excel). Whatever writes a table writes it
 * through here: a whole table at once ({@link #write(Collection, Writer)}), or its {@link #head()
 * head} and then each document's rows as the document is done (a batch in input order, a task on a
 * cluster, the local server's download), so the bytes are the same however the table is made. The
 * errors table lists the inputs that could not be processed; no document has rows there.
 */
// The header is an unmodifiable List.of and the row printers are stateless method references;
// Error Prone only trusts Guava's immutable types and @Immutable, which vnie does not use.
@SuppressWarnings("ImmutableEnumChecker")
public enum ResultTable {
  /** One entity mention a row. */
  ENTITIES("entities.csv", EntityCsv.HEADER, EntityCsv::writeRows),
  /** One relation a row. */
  RELATIONS("relations.csv", RelationCsv.HEADER, RelationCsv::writeRows),
  /** One event a row, with its arguments' texts in one column per role. */
  EVENTS("events.csv", EventCsv.EVENT_HEADER, EventCsv::writeEventRows),
  /** One event argument a row. */
  EVENT_ARGUMENTS("event_arguments.csv", EventCsv.ARGUMENT_HEADER, EventCsv::writeArgumentRows),
  /** One person a row. */
  PERSONS("persons.csv", PersonCsv.HEADER, PersonCsv::writeRows),
  /** Inputs that could not be processed, with the reason; see {@link #errorRow}. */
  ERRORS("errors.csv", List.of("file", "reason"), (doc, printer) -> {});

  /** The tables of a document's findings: every table but {@link #ERRORS}. */
  public static final List<ResultTable> FINDINGS =
      List.of(ENTITIES, RELATIONS, EVENTS, EVENT_ARGUMENTS, PERSONS);

  private final String fileName;
  private final List<String> header;
  private final SpreadsheetCsv.DocumentRows rows;
  private final String head;

  ResultTable(String fileName, List<String> header, SpreadsheetCsv.DocumentRows rows) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
    this.head = text(out -> SpreadsheetCsv.open(out, header.toArray(String[]::new)).flush());
  }

  /** The file the table is written to, e.g. {@code entities.csv}. */
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

  /** What every file of the table starts with: the header line with its CRLF. */
  public String head() {
    return head;
  }

  /**
   * The header line with its CRLF, after the byte-order mark when {@code excelMark}: Excel needs
   * the mark to read UTF-8, while scripts and databases take it for part of the first column name.
   */
  public String head(boolean excelMark) {
    return excelMark ? SpreadsheetCsv.EXCEL_MARK + head : head;
  }

  /**
   * The rows of {@code doc} in this table, one CRLF-ended record each, in text order with ids
   * counted within the document; empty when it has none.
   */
  public String rows(Document doc) {
    return records(printer -> rows.write(doc, printer));
  }

  /** The row of {@link #ERRORS} for an input {@code file} that could not be processed. */
  public static String errorRow(String file, String reason) {
    return records(printer -> SpreadsheetCsv.printRow(printer, file, reason));
  }

  /** Writes the whole table of {@code documents}, their rows in the order given. */
  public void write(Collection<Document> documents, Writer out) throws IOException {
    SpreadsheetCsv.writeTable(out, header, documents, rows);
  }

  /** Replaces {@code file} atomically with the table of {@code documents}. */
  public void write(Collection<Document> documents, Path file) throws IOException {
    AtomicFiles.writeText(file, out -> write(documents, out));
  }

  private interface Records {
    void print(CSVPrinter printer) throws IOException;
  }

  /** Records without a header. */
  private static String records(Records records) {
    return text(
        out -> {
          CSVPrinter printer = SpreadsheetCsv.FORMAT.print(out);
          records.print(printer);
          printer.flush();
        });
  }

  private static String text(AtomicFiles.TextContent content) {
    StringWriter out = new StringWriter();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }
}
