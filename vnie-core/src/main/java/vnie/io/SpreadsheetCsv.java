package vnie.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import vnie.core.Document;

/**
 * The CSV dialect of every table vnie writes: RFC 4180 (comma, double quotes only where needed,
 * CRLF) in UTF-8 without a byte-order mark, which scripts, pandas and databases would take for part
 * of the first column's name. For Excel a table is preceded by {@link #EXCEL_MARK}: without it
 * Excel reads the Vietnamese text in the system code page.
 */
public final class SpreadsheetCsv {
  /** The format used for writing. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** The UTF-8 byte-order mark, written first for Excel ({@code vnie extract --excel}). */
  public static final char EXCEL_MARK = TextFileReader.BOM;

  private static final int HEADER_PEEK_CHARS = 4096;

  private SpreadsheetCsv() {}

  /**
   * Writes {@code header} to {@code out} and returns a printer for the records. The caller flushes
   * or closes the printer; {@code out} must encode UTF-8.
   */
  public static CSVPrinter open(Writer out, String... header) throws IOException {
    return FORMAT.builder().setHeader(header).get().print(out);
  }

  /** Prints one document's rows of a table (no header). */
  @FunctionalInterface
  public interface DocumentRows {
    void write(Document doc, CSVPrinter printer) throws IOException;
  }

  /** Writes a whole table: {@code header}, then each document's rows in order. */
  public static void writeTable(
      Writer out, List<String> header, Collection<Document> documents, DocumentRows rows)
      throws IOException {
    CSVPrinter printer = open(out, header.toArray(String[]::new));
    for (Document doc : documents) {
      rows.write(doc, printer);
    }
    printer.flush();
  }

  /**
   * Parses CSV with a header row: skips a BOM, matches columns by header name in any letter case,
   * and also accepts {@code ;} as separator, which Excel uses when saving under a Vietnamese or
   * European locale.
   */
  static CSVParser parseWithHeader(Reader in) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    reader.mark(1);
    if (reader.read() != TextFileReader.BOM) {
      reader.reset();
    }
    char delimiter = guessDelimiter(reader);
    CSVFormat format =
        FORMAT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setIgnoreEmptyLines(true)
            .get();
    return format.parse(reader);
  }

  private static char guessDelimiter(BufferedReader reader) throws IOException {
    reader.mark(HEADER_PEEK_CHARS);
    char[] buffer = new char[HEADER_PEEK_CHARS];
    int read = reader.read(buffer);
    reader.reset();
    String start = read <= 0 ? "" : new String(buffer, 0, read);
    int lineEnd = start.indexOf('\n');
    String headerLine = lineEnd < 0 ? start : start.substring(0, lineEnd);
    return headerLine.indexOf(',') < 0 && headerLine.indexOf(';') >= 0 ? ';' : ',';
  }
}
