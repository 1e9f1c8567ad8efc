package vnie.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import vnie.core.Document;

/**
 * What the tasks of a run count, summed by Spark on the driver. Updated inside the job's one
 * action, so a retried task counts once.
 */
record ExtractCounters(
    LongAccumulator documents,
    LongAccumulator mentions,
    LongAccumulator relations,
    LongAccumulator events,
    LongAccumulator failures)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static ExtractCounters register(SparkContext sc) {
    return new ExtractCounters(
        sc.longAccumulator("documents"),
        sc.longAccumulator("mentions"),
        sc.longAccumulator("relations"),
        sc.longAccumulator("events"),
        sc.longAccumulator("failures"));
  }

  void count(Document doc) {
    documents.add(1);
    mentions.add(doc.mentions().size());
    relations.add(doc.relations().size());
    events.add(doc.events().size());
  }

  void countFailure() {
    failures.add(1);
  }

  ExtractSummary summary(int partitions) {
    return new ExtractSummary(
        partitions,
        documents.value(),
        mentions.value(),
        relations.value(),
        events.value(),
        failures.value());
  }
}
