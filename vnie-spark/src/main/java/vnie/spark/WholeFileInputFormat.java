package vnie.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.CombineFileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.CombineFileRecordReader;
import org.apache.hadoop.mapreduce.lib.input.CombineFileSplit;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.spark.SparkConf;

/**
 * The input files, whole and unsplit, packed into partitions by their bytes as Spark's {@code
 * binaryFiles} packs them (the same {@code spark.files.*} settings, the same splits), each handed
 * on as its path ({@code file:/data/a.txt}) and an {@link InputFile} that reads it with the task's
 * configuration instead of a copy of it.
 */
public final class WholeFileInputFormat extends CombineFileInputFormat<String, InputFile> {
  private static final String MAX_PARTITION_BYTES = "vnie.spark.input.maxPartitionBytes";
  private static final String OPEN_COST_BYTES = "vnie.spark.input.openCostInBytes";
  private static final String MIN_PARTITIONS = "vnie.spark.input.minPartitions";

  /** Spark instantiates input formats by reflection. */
  public WholeFileInputFormat() {}

  /**
   * Puts the settings of the split into the job's configuration, as {@code binaryFiles} takes them:
   * {@code spark.files.maxPartitionBytes}, {@code spark.files.openCostInBytes} and at least {@code
   * minPartitions} partitions when the bytes allow.
   */
  static void configure(Configuration job, SparkConf spark, int minPartitions) {
    job.setLong(MAX_PARTITION_BYTES, spark.getSizeAsBytes("spark.files.maxPartitionBytes", "128m"));
    job.setLong(OPEN_COST_BYTES, spark.getSizeAsBytes("spark.files.openCostInBytes", "4m"));
    job.setInt(MIN_PARTITIONS, minPartitions);
    job.setIfUnset(
        FileInputFormat.LIST_STATUS_NUM_THREADS,
        Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  protected boolean isSplitable(JobContext context, Path file) {
    return false;
  }

  /** The split size of Spark's {@code StreamFileInputFormat.setMinPartitions}. */
  @Override
  public List<InputSplit> getSplits(JobContext job) throws IOException {
    Configuration conf = job.getConfiguration();
    long openCost = conf.getLong(OPEN_COST_BYTES, 0);
    long totalBytes = 0;
    for (FileStatus file : listStatus(job)) {
      if (!file.isDirectory()) {
        totalBytes += file.getLen() + openCost;
      }
    }
    long bytesPerPartition = totalBytes / Math.max(1, conf.getInt(MIN_PARTITIONS, 1));
    long maxSplitSize =
        Math.min(conf.getLong(MAX_PARTITION_BYTES, 0), Math.max(openCost, bytesPerPartition));
    // For small files the minimum split sizes per node and rack must not exceed the maximum.
    if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERNODE, 0)) {
      setMinSplitSizeNode(maxSplitSize);
    }
    if (maxSplitSize < conf.getLong(SPLIT_MINSIZE_PERRACK, 0)) {
      setMinSplitSizeRack(maxSplitSize);
    }
    setMaxSplitSize(maxSplitSize);
    return super.getSplits(job);
  }

  @Override
  public RecordReader<String, InputFile> createRecordReader(
      InputSplit split, TaskAttemptContext context) throws IOException {
    return new CombineFileRecordReader<>((CombineFileSplit) split, context, OneFile.class);
  }

  /** The one record of one file of a combined split: its path and its {@link InputFile}. */
  public static final class OneFile extends RecordReader<String, InputFile> {
    private final Path path;
    private final Configuration hadoop;
    private boolean done;

    /** The constructor {@link CombineFileRecordReader} calls for the file at {@code index}. */
    public OneFile(CombineFileSplit split, TaskAttemptContext context, Integer index) {
      this.path = split.getPath(index);
      this.hadoop = context.getConfiguration();
    }

    @Override
    public void initialize(InputSplit split, TaskAttemptContext context) {}

    @Override
    public boolean nextKeyValue() {
      if (done) {
        return false;
      }
      done = true;
      return true;
    }

    @Override
    public String getCurrentKey() {
      return path.toString();
    }

    @Override
    public InputFile getCurrentValue() {
      return new InputFile(path, hadoop);
    }

    @Override
    public float getProgress() {
      return done ? 1 : 0;
    }

    @Override
    public void close() {}
  }
}
