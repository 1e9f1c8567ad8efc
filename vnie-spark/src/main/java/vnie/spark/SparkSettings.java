package vnie.spark;

import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a run: the master ({@code local[*]} unless given, or set by {@code
 * spark-submit}) and, in local mode, what a laptop needs: no web UI and the driver on the loopback
 * address only.
 */
final class SparkSettings {
  static final String DEFAULT_MASTER = "local[*]";

  private SparkSettings() {}

  /**
   * @param master the master URL, or null to keep the one {@code spark-submit} set
   * @param settings further {@code spark.*} settings, which win over the local-mode defaults
   */
  static SparkConf of(String master, Map<String, String> settings) {
    SparkConf conf = new SparkConf().setAppName("vnie-spark extract");
    if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.master", DEFAULT_MASTER);
    // The input files are packed into partitions by size (WholeFileInputFormat, as Spark's
    // binaryFiles packs them), counting 4 MB for opening each file unless told otherwise; with
    // that a corpus of articles of a few kB lands in one partition. vnie's cost lies in
    // the text, so only the bytes count.
    conf.setIfMissing("spark.files.openCostInBytes", "0");
    // At most 4 MB of text a partition (some 700,000 words, well under a minute of work): a
    // retried task redoes little.
    conf.setIfMissing("spark.files.maxPartitionBytes", "4m");
    settings.forEach(conf::set);
    // Spark drops input partitions of 0 bytes; their empty files must reach the errors table.
    conf.set("spark.hadoopRDD.ignoreEmptySplits", "false");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }
}
