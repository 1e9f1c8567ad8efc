package vnie.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vnie.io.ResultTable;

/** Reads result tables back for comparison: each file's head checked, then its rows parsed. */
final class CsvTables {
  private CsvTables() {}

  /** The rows of a table written as one file by {@code vnie extract} or {@code --single-file}. */
  static List<List<String>> file(Path file, ResultTable table) throws IOException {
    return sorted(rows(file, table));
  }

  /** The rows of all parts of a table, {@code DIR/TABLE/part-*.csv}. */
  static List<List<String>> parts(Path output, ResultTable table) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Path part : partFiles(output, table)) {
      rows.addAll(rows(part, table));
    }
    return sorted(rows);
  }

  static List<Path> partFiles(Path output, ResultTable table) throws IOException {
    try (Stream<Path> files = Files.list(output.resolve(table.baseName()))) {
      return files
          .filter(f -> f.getFileName().toString().matches("part-r-\\d{5}\\.csv"))
          .sorted()
          .toList();
    }
  }

  private static List<List<String>> rows(Path file, ResultTable table) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(content.startsWith(table.head()), file + " starts with the header");
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180.parse(new StringReader(content.substring(table.head().length())))) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  /** Rows in a fixed order, so that two tables compare as multisets. */
  private static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(row -> String.join("\u0000", row)));
    return copy;
  }
}
