package vnie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.InputExtraction;
import vnie.io.ResultTable;

/**
 * The Spark job in local mode against {@code vnie extract} on the same files: the same header and
 * columns in every file, and the same rows.
 */
class ExtractJobTest {
  private static JavaSparkContext spark;

  @TempDir static Path shared;
  private static Path input;
  private static Path expected;

  @TempDir Path dir;

  @BeforeAll
  static void startSparkAndRunVnieExtract() throws Exception {
    spark = new JavaSparkContext(SparkSettings.of("local[2]", Map.of()));
    input = shared.resolve("in");
    TestCorpus.write(input);
    expected = shared.resolve("expected");
    // The job names documents by file name, as vnie extract does with --flat-names.
    assertEquals(
        1,
        vnie.cli.Main.run(
            "extract", input.toString(), "--out", expected.toString(), "--flat-names"));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private ExtractSummary run(Path in, Path out, boolean singleFile, long maxBytes)
      throws Exception {
    return ExtractJob.run(
        spark,
        new ExtractJob.Settings(
            in.toString(),
            out.toString(),
            ".txt",
            singleFile,
            maxBytes,
            InputExtraction.DEFAULT_MAX_DOCUMENT_CHARS));
  }

  private ExtractSummary run(Path out, boolean singleFile) throws Exception {
    return run(input, out, singleFile, 64L * 1024 * 1024);
  }

  /** The rows of vnie extract; file names in errors.csv are paths as given to it. */
  private static List<List<String>> expectedRows(ResultTable table) throws Exception {
    return CsvTables.file(expected.resolve(table.fileName()), table);
  }

  /** Spark names local files {@code file:/path}; vnie extract, as given: {@code /path}. */
  private static List<List<String>> asLocalPaths(List<List<String>> rows) {
    List<List<String>> local = new ArrayList<>();
    for (List<String> row : rows) {
      local.add(row.stream().map(v -> v.replace("file:/", "/")).toList());
    }
    return local;
  }

  @Test
  void inputFilesArePartitionedAsBinaryFilesPartitionsThem() {
    spark.hadoopConfiguration().setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    int partitions = ExtractJob.PARTITIONS_PER_CORE * spark.defaultParallelism();

    List<List<String>> binaryFiles =
        spark.binaryFiles(input.toString(), partitions).keys().glom().collect();
    List<List<String>> inputFiles =
        ExtractJob.inputFiles(spark, input.toString()).keys().glom().collect();

    assertEquals(binaryFiles, inputFiles);
    assertTrue(binaryFiles.size() > 1, "more than one partition: " + binaryFiles);
  }

  @Test
  void partsHoldTheRowsOfVnieExtractEachPartWithTheHeader() throws Exception {
    Path out = dir.resolve("out");

    ExtractSummary summary = run(out, false);

    for (ResultTable table : ResultTable.values()) {
      assertEquals(
          summary.partitions(), CsvTables.partFiles(out, table).size(), table + ": one part each");
      assertEquals(
          expectedRows(table), asLocalPaths(CsvTables.parts(out, table)), table.fileName());
    }
    assertTrue(summary.partitions() > 1, "the files are spread over the cores");
    assertEquals(TestCorpus.DOCUMENTS, summary.documents());
    assertEquals(TestCorpus.FAILURES, summary.failures());
    assertEquals(expectedRows(ResultTable.ENTITIES).size(), summary.mentions());
    assertEquals(expectedRows(ResultTable.RELATIONS).size(), summary.relations());
    assertEquals(expectedRows(ResultTable.EVENTS).size(), summary.events());
  }

  @Test
  void errorsHaveTheReasonsOfVnieExtract() throws Exception {
    Path out = dir.resolve("out");

    run(out, false);

    String in = input.toString();
    assertEquals(
        List.of(
            List.of(
                in + "/binary.txt",
                "binary file: NUL byte at byte offset 4 (a UTF-16 text"
                    + " also has them; convert it to UTF-8)"),
            List.of(in + "/empty.txt", "file is empty (0 bytes)"),
            List.of(
                in + "/latin1.txt",
                "not valid UTF-8: byte 0xE0 at byte offset 9 (line 1);"
                    + " is it Windows-1258, TCVN3, VNI or Latin-1? convert it to UTF-8"),
            List.of(
                in + "/sub/elbe-day.txt", "another input has the same document name 'elbe-day'")),
        asLocalPaths(CsvTables.parts(out, ResultTable.ERRORS)));
  }

  @Test
  void singleFileGivesTheFilesOfVnieExtract() throws Exception {
    Path out = dir.resolve("out");

    run(out, true);

    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          Set.of(
              "entities.csv",
              "relations.csv",
              "events.csv",
              "event_arguments.csv",
              "persons.csv",
              "errors.csv"),
          files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
    }
    for (ResultTable table : ResultTable.values()) {
      assertEquals(
          expectedRows(table),
          asLocalPaths(CsvTables.file(out.resolve(table.fileName()), table)),
          table.fileName());
    }
  }

  @Test
  void aFileOverTheLimitIsAnErrorAndTheOthersAreProcessed() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("big.txt"), "Tướng Giáp ở Hà Nội năm 1954. ".repeat(5));
    Files.writeString(in.resolve("small.txt"), "Tướng Giáp ở Hà Nội năm 1954.");
    long bigSize = Files.size(in.resolve("big.txt"));

    ExtractSummary summary = run(in, dir.resolve("out"), true, 100);

    assertEquals(1, summary.documents());
    assertEquals(
        List.of(
            List.of(
                in + "/big.txt",
                "file is too large: "
                    + bigSize
                    + " bytes, the limit is 100 bytes (is it the"
                    + " right file?)")),
        asLocalPaths(CsvTables.file(dir.resolve("out/errors.csv"), ResultTable.ERRORS)));
  }

  @Test
  void aDocumentOverTheLimitHasTheErrorRowOfVnieExtract() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("long.txt"), "Tướng Giáp ở Hà Nội năm 1954. ".repeat(5));
    Files.writeString(in.resolve("short.txt"), "Tướng Giáp ở Hà Nội năm 1954.");
    Path cli = dir.resolve("cli");
    assertEquals(
        1,
        vnie.cli.Main.run(
            "extract", in.toString(), "--out", cli.toString(), "--max-doc-chars", "40"));

    ExtractSummary summary =
        ExtractJob.run(
            spark,
            new ExtractJob.Settings(
                in.toString(), dir.resolve("out").toString(), ".txt", true, 40));

    assertEquals(1, summary.documents());
    assertEquals(1, summary.failures());
    for (ResultTable table : ResultTable.values()) {
      assertEquals(
          CsvTables.file(cli.resolve(table.fileName()), table),
          asLocalPaths(CsvTables.file(dir.resolve("out").resolve(table.fileName()), table)),
          table.fileName());
    }
    assertEquals(
        List.of(
            List.of(
                in + "/long.txt",
                "document too long: 150 characters, the limit is 40 (--max-doc-chars)")),
        CsvTables.file(cli.resolve("errors.csv"), ResultTable.ERRORS));
  }

  @Test
  void anEmptyInputGivesEveryTableItsHeader() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = dir.resolve("out");

    ExtractSummary summary = run(in, out, false, 100);

    assertEquals(new ExtractSummary(1, 0, 0, 0, 0, 0), summary);
    for (ResultTable table : ResultTable.values()) {
      List<Path> parts = CsvTables.partFiles(out, table);
      assertEquals(1, parts.size());
      assertEquals(table.head(), Files.readString(parts.get(0), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anExistingOutputIsRefused() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));

    UsageException e = assertThrows(UsageException.class, () -> run(out, false));

    assertEquals(
        "output exists: " + out + "; give a folder that does not exist yet", e.getMessage());
  }

  @Test
  void aMissingInputIsRefused() {
    Path missing = dir.resolve("missing");

    UsageException e =
        assertThrows(UsageException.class, () -> run(missing, dir.resolve("out"), false, 100));

    assertEquals("input not found: " + missing, e.getMessage());
  }
}
