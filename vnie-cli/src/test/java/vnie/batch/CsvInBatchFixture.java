package vnie.batch;

import java.io.IOException;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;

/** A deliberate violation for ApplicationRulesTest: the batch printing a table row of its own. */
final class CsvInBatchFixture {
  private CsvInBatchFixture() {}

  static String row(String file, String reason) throws IOException {
    StringWriter out = new StringWriter();
    CSVFormat.RFC4180.print(out).printRecord(file, reason);
    return out.toString();
  }
}
