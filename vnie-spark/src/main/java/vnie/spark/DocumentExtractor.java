package vnie.spark;

import java.io.DataInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;
import vnie.core.Document;
import vnie.io.InputBytes;
import vnie.io.InputFileException;
import vnie.io.ResultTable;

/**
 * Turns one input file into its records of the result tables: the bytes decoded with vnie's own
 * checks and the document run through this executor's pipeline; or, for a file that cannot be used,
 * one record of the errors table with the reason {@code vnie extract} gives, so that one bad file
 * never fails the job.
 */
final class DocumentExtractor
    implements PairFlatMapFunction<Tuple2<String, PortableDataStream>, ResultTable, String> {
  private static final long serialVersionUID = 1L;

  private final long maxBytes;
  private final Broadcast<Map<String, String>> duplicates;
  private final ExtractCounters counters;

  /**
   * @param maxBytes larger files are refused, as {@code vnie extract} refuses them
   * @param duplicates for each file whose document name an earlier file has, that earlier file
   */
  DocumentExtractor(
      long maxBytes, Broadcast<Map<String, String>> duplicates, ExtractCounters counters) {
    this.maxBytes = maxBytes;
    this.duplicates = duplicates;
    this.counters = counters;
  }

  @Override
  public Iterator<Tuple2<ResultTable, String>> call(Tuple2<String, PortableDataStream> file) {
    return extract(file._1(), file._2()).iterator();
  }

  private List<Tuple2<ResultTable, String>> extract(String name, PortableDataStream content) {
    String earlier = duplicates.value().get(name);
    if (earlier != null) {
      return failure(
          name,
          // The same reason as vnie extract gives, so that both write the same errors table.
          "another input has the same document name '" + InputBytes.documentId(name) + "'");
    }
    Document read;
    try {
      read = InputBytes.read(name, bytes(name, content));
    } catch (InputFileException e) {
      return failure(name, e.reason());
    } catch (IOException e) {
      return failure(name, unreadable(e));
    }
    try {
      Document done = ExecutorPipeline.get().process(read.id(), read.text());
      counters.count(done);
      List<Tuple2<ResultTable, String>> records = new ArrayList<>();
      for (ResultTable table : ResultTable.values()) {
        String csv = table.records(done);
        if (!csv.isEmpty()) {
          records.add(new Tuple2<>(table, csv));
        }
      }
      return records;
    } catch (RuntimeException e) {
      return failure(name, "processing failed: " + e);
    }
  }

  private List<Tuple2<ResultTable, String>> failure(String name, String reason) {
    counters.countFailure();
    return List.of(new Tuple2<>(ResultTable.ERRORS, ResultTable.errorRecord(name, reason)));
  }

  /** Reads at most one byte over the limit, so that an oversized file is never read whole. */
  private byte[] bytes(String name, PortableDataStream content) throws IOException {
    byte[] bytes;
    try (DataInputStream in = content.open()) {
      bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
    }
    if (bytes.length > maxBytes) {
      Path path = new Path(content.getPath());
      long size = path.getFileSystem(content.getConfiguration()).getFileStatus(path).getLen();
      throw InputBytes.tooLarge(name, size, maxBytes);
    }
    return bytes;
  }

  /** The reasons of {@code vnie extract} for a file that exists no more or may not be read. */
  private static String unreadable(IOException e) {
    if (e instanceof AccessControlException) {
      return "file cannot be read: permission denied";
    }
    if (e instanceof FileNotFoundException) {
      return "file not found";
    }
    return "file cannot be read: " + e;
  }
}
