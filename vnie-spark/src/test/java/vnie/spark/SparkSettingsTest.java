package vnie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
  @Test
  void localModeByDefaultWithoutUiOnTheLoopbackAddress() {
    SparkConf conf = SparkSettings.of(null, Map.of());

    assertEquals("local[*]", conf.get("spark.master"));
    assertEquals("false", conf.get("spark.ui.enabled"));
    assertEquals("127.0.0.1", conf.get("spark.driver.host"));
    assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
  }

  @Test
  void aClusterKeepsItsUiAndAddresses() {
    SparkConf conf = SparkSettings.of("spark://127.0.0.1:7077", Map.of());

    assertEquals("spark://127.0.0.1:7077", conf.get("spark.master"));
    assertFalse(conf.contains("spark.ui.enabled"));
    assertFalse(conf.contains("spark.driver.host"));
  }

  @Test
  void filesArePackedByTheirBytesIntoPartitionsOfAtMostFourMegabytes() {
    SparkConf conf = SparkSettings.of("yarn", Map.of());

    assertEquals("0", conf.get("spark.files.openCostInBytes"));
    assertEquals("4m", conf.get("spark.files.maxPartitionBytes"));
  }

  @Test
  void partitionsOfEmptyFilesAreKeptForTheErrorsTable() {
    SparkConf conf =
        SparkSettings.of("local[2]", Map.of("spark.hadoopRDD.ignoreEmptySplits", "true"));

    assertEquals("false", conf.get("spark.hadoopRDD.ignoreEmptySplits"));
  }

  @Test
  void givenSettingsWin() {
    SparkConf conf =
        SparkSettings.of(
            "local[2]", Map.of("spark.ui.enabled", "true", "spark.files.maxPartitionBytes", "64m"));

    assertEquals("local[2]", conf.get("spark.master"));
    assertEquals("true", conf.get("spark.ui.enabled"));
    assertEquals("64m", conf.get("spark.files.maxPartitionBytes"));
  }
}
