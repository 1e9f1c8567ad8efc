package vnie.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vnie.InputExtraction;
import vnie.io.Counted;

/** {@code vnie-spark extract}: the tables of {@code vnie extract}, computed by Spark. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts entities, relations, events and persons from the text files under --input and"
          + " writes the tables of `vnie extract` under --output: entities, relations, events,"
          + " event_arguments, persons and errors, each a folder of parts with a header each, or"
          + " with --single-file one file each (entities.csv …).",
      "Files that cannot be processed are listed in the errors table; the others are still"
          + " processed. Exit code 0 when every file was processed, 1 otherwise, 2 when the run"
          + " cannot start (no input there, an output that exists)."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description =
          "A file, folder or glob on any Hadoop file system (file:, hdfs://, s3a:// …);"
              + " folders are searched recursively.")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "The output folder; it must not exist yet.")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master: local[N], spark://HOST:PORT, yarn, k8s://… Default: the one"
              + " spark-submit sets, else "
              + SparkSettings.DEFAULT_MASTER
              + ".")
  String master;

  @Option(names = "--single-file", description = "One CSV file per table instead of parts.")
  boolean singleFile;

  @Option(
      names = "--ext",
      paramLabel = "EXT",
      defaultValue = ".txt",
      description = "File extension taken in folders. Default: ${DEFAULT-VALUE}.")
  String extension;

  @Option(
      names = "--max-doc-chars",
      paramLabel = "N",
      description =
          "Refuse documents longer than N characters, as vnie extract does, so one huge file"
              + " cannot exhaust an executor's heap. Default: ${DEFAULT-VALUE}.")
  int maxDocumentChars = InputExtraction.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (maxDocumentChars < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-doc-chars must be positive: " + maxDocumentChars);
    }
    ExtractJob.Settings job =
        new ExtractJob.Settings(input, output, extension, singleFile, maxDocumentChars);
    ExtractSummary s;
    try (JavaSparkContext spark = new JavaSparkContext(SparkSettings.of(master, settings))) {
      s = ExtractJob.run(spark, job);
    } catch (UsageException e) {
      err.println("vnie-spark: " + e.getMessage());
      err.flush();
      return 2;
    }
    err.printf(
        "vnie-spark: %s -> %s%n",
        Counted.extraction(s.documents(), s.mentions(), s.relations(), s.events(), s.failures()),
        output);
    err.flush();
    return s.failures() == 0 ? 0 : 1;
  }
}
