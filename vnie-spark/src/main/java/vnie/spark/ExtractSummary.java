package vnie.spark;

/**
 * The totals of a run, as {@code vnie extract} reports them, and the partitions the input was
 * spread over (each writes one part per table).
 */
record ExtractSummary(
    int partitions, long documents, long mentions, long relations, long events, long failures) {}
