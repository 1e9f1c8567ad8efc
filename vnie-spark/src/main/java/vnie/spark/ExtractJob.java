package vnie.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import vnie.io.ResultTable;
import vnie.io.TextFileReader;

/**
 * The Spark job behind {@code vnie-spark extract}: lists the input files, runs vnie over them
 * partition by partition and writes the tables of {@code vnie extract}, as parts with a header each
 * or merged into one file per table.
 */
final class ExtractJob {
  /** The folder of parts that {@code --single-file} merges; hidden from Hadoop's readers by _. */
  static final String PARTS = "_parts";

  /**
   * What to run on.
   *
   * @param input a file, folder or glob on any Hadoop file system; folders are searched recursively
   * @param output a folder that must not exist yet
   * @param extension files found under {@code input} are taken when their name ends with it; a
   *     single file named by {@code input} is taken whatever its name
   * @param singleFile one file per table instead of a folder of parts
   * @param maxBytes larger files are refused
   * @param maxDocumentChars longer documents are refused
   */
  record Settings(
      String input,
      String output,
      String extension,
      boolean singleFile,
      long maxBytes,
      int maxDocumentChars) {
    /** With the limits of {@code vnie extract}: 64 MB a file, {@code maxDocumentChars} a text. */
    Settings(
        String input, String output, String extension, boolean singleFile, int maxDocumentChars) {
      this(
          input, output, extension, singleFile, TextFileReader.DEFAULT_MAX_BYTES, maxDocumentChars);
    }
  }

  /**
   * Spark packs small files into partitions by their bytes (with {@code
   * spark.files.openCostInBytes} at 0, see {@link SparkSettings}); a few partitions a core even out
   * files that take longer.
   */
  static final int PARTITIONS_PER_CORE = 3;

  private ExtractJob() {}

  static ExtractSummary run(JavaSparkContext spark, Settings settings) throws IOException {
    Configuration hadoop = spark.hadoopConfiguration();
    Path output = new Path(settings.output());
    if (output.getFileSystem(hadoop).exists(output)) {
      throw new UsageException(
          "output exists: " + output + "; give a folder that does not exist yet");
    }
    checkInputExists(settings.input(), hadoop);
    JavaPairRDD<String, InputFile> files = inputFiles(spark, settings.input());
    if (!namesOneFile(settings.input(), hadoop)) {
      String extension = settings.extension();
      files = files.filter(file -> file._1().endsWith(extension));
    }
    Map<String, String> duplicates = DuplicateNames.find(files.keys());
    ExtractCounters counters = ExtractCounters.register(spark.sc());
    JavaPairRDD<ResultTable, String> records =
        files.flatMapToPair(
            new DocumentExtractor(
                settings.maxBytes(),
                settings.maxDocumentChars(),
                spark.broadcast(duplicates),
                counters));
    if (records.getNumPartitions() == 0) {
      // No input file: one empty part still gives every table its header.
      records = spark.parallelizePairs(new ArrayList<>(), 1);
    }
    Path parts = settings.singleFile() ? new Path(output, PARTS) : output;
    records.saveAsNewAPIHadoopFile(
        parts.toString(),
        ResultTable.class,
        String.class,
        TableOutputFormat.class,
        new Configuration(hadoop));
    if (settings.singleFile()) {
      SingleFileMerge.merge(parts, output, hadoop);
    }
    return counters.summary(records.getNumPartitions());
  }

  /**
   * The files under {@code input}, searched recursively as {@code vnie extract} searches folders,
   * and packed into partitions as Spark's {@code binaryFiles} packs them.
   */
  static JavaPairRDD<String, InputFile> inputFiles(JavaSparkContext spark, String input) {
    Configuration listing = new Configuration(spark.hadoopConfiguration());
    listing.setBoolean(FileInputFormat.INPUT_DIR_RECURSIVE, true);
    WholeFileInputFormat.configure(
        listing, spark.getConf(), PARTITIONS_PER_CORE * spark.defaultParallelism());
    return spark.newAPIHadoopFile(
        input, WholeFileInputFormat.class, String.class, InputFile.class, listing);
  }

  /** Hadoop would say so too, but only deep inside the job's first stage. */
  private static void checkInputExists(String input, Configuration hadoop) throws IOException {
    if (input.contains("{")) {
      return; // a glob with alternatives, whose commas are no list; Hadoop checks it
    }
    for (String entry : input.split(",", -1)) {
      Path path = new Path(entry);
      FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
      if (found == null || found.length == 0) {
        throw new UsageException("input not found: " + entry);
      }
    }
  }

  private static boolean namesOneFile(String input, Configuration hadoop) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(hadoop);
    return fs.exists(path) && fs.getFileStatus(path).isFile();
  }
}
