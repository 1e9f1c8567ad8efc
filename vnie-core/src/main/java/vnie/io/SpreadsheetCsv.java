package vnie.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Every record goes through {@link #printRow}, which neutralises text cells that a spreadsheet
 * would evaluate as a formula (a file named {@code =HYPERLINK(…).txt} in the {@code doc} column):
 * see {@link #neutralise}.
 */
public final class SpreadsheetCsv {
  /** The format used for writing. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** The UTF-8 byte-order mark, written first for Excel ({@code vnie extract --excel}). */
  public static final char EXCEL_MARK = TextFileReader.BOM;

  /**
   * The characters that make Excel, LibreOffice Calc and Google Sheets take a cell for a formula
   * when it starts with one (OWASP's list for CSV injection).
   */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final char QUOTE = '\'';

  private static final int HEADER_PEEK_CHARS = 4096;

  private SpreadsheetCsv() {}

  /**
   * Writes {@code header} to {@code out} and returns a printer for the records. The caller flushes
   * or closes the printer; {@code out} must encode UTF-8.
   */
  public static CSVPrinter open(Writer out, String... header) throws IOException {
    return FORMAT.builder().setHeader(header).get().print(out);
  }

  /**
   * Prints one record: each text cell (a {@link CharSequence}) {@linkplain #neutralise
   * neutralised}, numbers as they are (a negative number is a number, not a formula).
   */
  public static void printRow(CSVPrinter printer, Object... cells) throws IOException {
    printRow(printer, Arrays.asList(cells));
  }

  /** As {@link #printRow(CSVPrinter, Object...)}, for a list of cells. */
  public static void printRow(CSVPrinter printer, List<?> cells) throws IOException {
    List<Object> safe = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      safe.add(cell instanceof CharSequence text ? neutralise(text.toString()) : cell);
    }
    printer.printRecord(safe);
  }

  /**
   * The text with a {@code '} before it when it starts with {@code = + - @}, a tab or a CR, after
   * any number of {@code '}: a spreadsheet then shows it as text instead of running it, and the
   * quotes before a formula character make the change reversible ({@link #restore}).
   */
  public static String neutralise(String text) {
    return startsLikeFormula(text) ? QUOTE + text : text;
  }

  /** The text a {@link #neutralise neutralised} cell stands for; any other cell as it is. */
  public static String restore(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == QUOTE && startsLikeFormula(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsLikeFormula(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == QUOTE) {
      i++;
    }
    return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
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
