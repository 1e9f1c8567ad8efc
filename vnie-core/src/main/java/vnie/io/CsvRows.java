package vnie.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Span;

/** Reading helpers shared by the result tables: required columns, numbers, mention lookup. */
final class CsvRows {
  private CsvRows() {}

  /** The records of a table that must have {@code required} columns; the header is row 1. */
  static List<CSVRecord> read(Path file, List<String> required) throws IOException {
    return read(
        new StringReader(new TextFileReader().readPossiblyEmpty(file)),
        String.valueOf(file),
        required);
  }

  static List<CSVRecord> read(Reader in, String sourceName, List<String> required)
      throws IOException {
    try (CSVParser parser = SpreadsheetCsv.parseWithHeader(in)) {
      List<String> missing = new ArrayList<>();
      for (String column : required) {
        if (!parser.getHeaderMap().containsKey(column)) {
          missing.add(column);
        }
      }
      if (!missing.isEmpty()) {
        throw new FileFormatException(
            sourceName, 1, "missing columns " + missing + "; the header must name " + required);
      }
      return parser.getRecords();
    } catch (UncheckedIOException e) {
      throw new FileFormatException(sourceName, 0, "broken CSV: " + e.getCause().getMessage());
    }
  }

  /** The 1-based row of a record in its file, counting the header. */
  static long row(CSVRecord record) {
    return record.getRecordNumber() + 1;
  }

  /** The cell of {@code column} as written before vnie neutralised it for spreadsheets. */
  static String cell(CSVRecord record, String column) {
    return SpreadsheetCsv.restore(record.get(column));
  }

  static int number(CSVRecord record, String column) {
    return Integer.parseInt(record.get(column).trim());
  }

  /**
   * The offsets in {@code startColumn} and {@code endColumn}, refused when reversed (a slip in a
   * table edited by hand), so the reader says so rather than that the span is bad.
   */
  static Span span(CSVRecord record, String startColumn, String endColumn) {
    int start = number(record, startColumn);
    int end = number(record, endColumn);
    if (end < start) {
      throw new IllegalArgumentException(
          "span "
              + start
              + "-"
              + end
              + " is reversed: its end comes before its start; write the start offset in "
              + startColumn
              + " and the end offset in "
              + endColumn);
    }
    return new Span(start, end);
  }

  static String doc(CSVRecord record) {
    String doc = cell(record, "doc");
    if (doc.isBlank()) {
      throw new IllegalArgumentException("empty doc");
    }
    return doc;
  }

  /**
   * The mention of {@code entities} with this type and span, so that a relation or event read back
   * points to the very mention of the entities table; a mention built from the row when there is
   * none.
   */
  static Mention mention(
      Map<String, List<Mention>> entities,
      String doc,
      EntityType type,
      Span span,
      String text,
      Provenance provenance) {
    for (Mention m : entities.getOrDefault(doc, List.of())) {
      if (m.type() == type && m.span().equals(span)) {
        return m;
      }
    }
    return new Mention(type, span.start(), span.end(), text, "", provenance);
  }
}
