package vnie.spark;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;
import vnie.InputExtraction;
import vnie.core.Document;
import vnie.io.InputBytes;
import vnie.io.InputFileException;
import vnie.io.ResultTable;

/**
 * Turns one input file into its records of the result tables: the bytes decoded with vnie's own
 * checks and the document run through this executor's pipeline within the document size limit
 * ({@link InputExtraction}, as {@code vnie extract} runs it); or, for a file that cannot be used,
 * one record of the errors table with the reason {@code vnie extract} gives, so that one bad file
 * never fails the job.
 */
final class DocumentExtractor
    implements PairFlatMapFunction<Tuple2<String, InputFile>, ResultTable, String> {
  private static final long serialVersionUID = 1L;

  private final long maxBytes;
  private final int maxDocumentChars;
  private final Broadcast<Map<String, String>> duplicates;
  private final ExtractCounters counters;

  /**
   * @param maxBytes larger files are refused, as {@code vnie extract} refuses them
   * @param maxDocumentChars longer documents are refused, as {@code vnie extract} refuses them
   * @param duplicates for each file whose document name an earlier file has, that earlier file
   */
  DocumentExtractor(
      long maxBytes,
      int maxDocumentChars,
      Broadcast<Map<String, String>> duplicates,
      ExtractCounters counters) {
    this.maxBytes = maxBytes;
    this.maxDocumentChars = maxDocumentChars;
    this.duplicates = duplicates;
    this.counters = counters;
  }

  @Override
  public Iterator<Tuple2<ResultTable, String>> call(Tuple2<String, InputFile> file) {
    return extract(file._1(), file._2()).iterator();
  }

  private List<Tuple2<ResultTable, String>> extract(String name, InputFile content) {
    if (duplicates.value().containsKey(name)) {
      return failure(name, InputExtraction.duplicateName(InputBytes.documentId(name)));
    }
    return new InputExtraction(ExecutorPipeline.get(), maxDocumentChars)
        .run(
            () -> InputBytes.read(name, bytes(name, content)),
            this::records,
            reason -> failure(name, reason));
  }

  private List<Tuple2<ResultTable, String>> records(Document done) {
    counters.count(done);
    List<Tuple2<ResultTable, String>> records = new ArrayList<>();
    for (ResultTable table : ResultTable.values()) {
      String rows = table.rows(done);
      if (!rows.isEmpty()) {
        records.add(new Tuple2<>(table, rows));
      }
    }
    return records;
  }

  private List<Tuple2<ResultTable, String>> failure(String name, String reason) {
    counters.countFailure();
    return List.of(new Tuple2<>(ResultTable.ERRORS, ResultTable.errorRow(name, reason)));
  }

  /**
   * Reads at most one byte over the limit, so that an oversized file is never read whole; a file
   * that cannot be read gives the reason {@code vnie extract} gives.
   */
  private byte[] bytes(String name, InputFile content) throws InputFileException {
    try {
      byte[] bytes = content.readAtMost(Math.toIntExact(maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw InputBytes.tooLarge(name, content.length(), maxBytes);
      }
      return bytes;
    } catch (InputFileException e) {
      throw e;
    } catch (AccessControlException e) {
      // Hadoop's permission error is the JDK's AccessDeniedException under another name.
      throw InputBytes.unreadable(name, new AccessDeniedException(name, null, e.getMessage()));
    } catch (IOException e) {
      throw InputBytes.unreadable(name, e);
    }
  }
}
