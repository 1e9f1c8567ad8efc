package vnie.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vnie.io.ResultTable;

/**
 * Joins the part files of each table into one file named as {@code vnie extract} names it ({@code
 * entities.csv} …): the head once, then the records of every part in part order. Runs on the
 * driver, streaming; each table is written under a temporary name and renamed when complete.
 */
final class SingleFileMerge {
  private SingleFileMerge() {}

  /** Merges the tables under {@code parts} into {@code output}, then deletes {@code parts}. */
  static void merge(Path parts, Path output, Configuration conf) throws IOException {
    // An instance of its own, since the local file system's checksum files are turned off here:
    // the merged tables stand alone, as vnie extract's do.
    try (FileSystem fs = FileSystem.newInstance(output.toUri(), conf)) {
      fs.setWriteChecksum(false);
      merge(fs, parts, output);
    }
  }

  private static void merge(FileSystem fs, Path parts, Path output) throws IOException {
    for (ResultTable table : ResultTable.values()) {
      byte[] head = table.head().getBytes(StandardCharsets.UTF_8);
      FileStatus[] partFiles =
          fs.listStatus(new Path(parts, table.baseName()), p -> p.getName().endsWith(".csv"));
      Arrays.sort(partFiles, Comparator.comparing(f -> f.getPath().getName()));
      Path temp = new Path(output, "." + table.fileName() + ".tmp");
      try (OutputStream out = fs.create(temp, true)) {
        out.write(head);
        for (FileStatus part : partFiles) {
          try (InputStream in = fs.open(part.getPath())) {
            skipHead(in, head, part.getPath());
            in.transferTo(out);
          }
        }
      }
      Path target = new Path(output, table.fileName());
      if (!fs.rename(temp, target)) {
        throw new IOException("could not rename " + temp + " to " + target);
      }
    }
    fs.delete(parts, true);
  }

  private static void skipHead(InputStream in, byte[] head, Path part) throws IOException {
    if (!Arrays.equals(in.readNBytes(head.length), head)) {
      throw new IOException(part + " does not start with the table's header");
    }
  }
}
