package vnie.batch;

/**
 * The counts of a batch.
 *
 * @param documents documents processed in this run
 * @param failed inputs that failed in this run
 * @param resumed inputs skipped because a killed run had finished them
 * @param words words of the processed documents
 * @param mentions entity mentions written
 * @param relations relations written
 * @param events events written
 */
public record BatchSummary(
    long documents,
    long failed,
    long resumed,
    long words,
    long mentions,
    long relations,
    long events) {
  BatchSummary add(DocumentResult r) {
    return new BatchSummary(
        documents + (r.failed() ? 0 : 1),
        failed + (r.failed() ? 1 : 0),
        resumed,
        words + r.words(),
        mentions + r.mentions(),
        relations + r.relations(),
        events + r.events());
  }
}
