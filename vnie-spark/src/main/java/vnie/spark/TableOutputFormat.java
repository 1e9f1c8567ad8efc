package vnie.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import vnie.io.ResultTable;

/**
 * Writes the records of one task into one file per table, {@code TABLE/part-r-NNNNN.csv} under the
 * output folder, each starting with the table's header even when the task has no records for it.
 * The files go to the task's work folder of Hadoop's file output committer, which moves them into
 * place only when the task succeeds, so a retried or speculative task leaves no half file.
 */
public final class TableOutputFormat extends FileOutputFormat<ResultTable, String> {
  @Override
  public RecordWriter<ResultTable, String> getRecordWriter(TaskAttemptContext context)
      throws IOException {
    // part-r-NNNNN.csv in the task's work folder; each table gets a folder of its own there.
    Path defaultFile = getDefaultWorkFile(context, ".csv");
    FileSystem fs = defaultFile.getFileSystem(context.getConfiguration());
    Map<ResultTable, Writer> writers = new EnumMap<>(ResultTable.class);
    for (ResultTable table : ResultTable.values()) {
      Path file =
          new Path(new Path(defaultFile.getParent(), table.baseName()), defaultFile.getName());
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(fs.create(file, false), StandardCharsets.UTF_8));
      out.write(table.head());
      writers.put(table, out);
    }
    return new TableWriters(writers);
  }

  /** The open files of one task, one per table. */
  private static final class TableWriters extends RecordWriter<ResultTable, String> {
    private final Map<ResultTable, Writer> writers;

    TableWriters(Map<ResultTable, Writer> writers) {
      this.writers = writers;
    }

    @Override
    public void write(ResultTable table, String records) throws IOException {
      writers.get(table).write(records);
    }

    @Override
    public void close(TaskAttemptContext context) throws IOException {
      IOException first = null;
      for (Writer out : writers.values()) {
        try {
          out.close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
