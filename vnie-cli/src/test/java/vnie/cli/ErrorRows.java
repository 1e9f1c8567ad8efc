package vnie.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The rows of an {@code errors.csv}, each as its file and reason, for exact comparisons. */
final class ErrorRows {
  private ErrorRows() {}

  static List<List<String>> read(Path errors) throws IOException {
    String text = Files.readString(errors, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords().stream()
          .map(r -> List.of(r.get("file"), r.get("reason")))
          .toList();
    }
  }
}
