package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vnie.InputExtraction;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.TextFileReader;

/** A shared pipeline, generated documents and helpers for the batch tests. */
final class BatchFixture {
  static final Vnie VNIE = Vnie.create();

  /** Sentences written for these tests, with people, ranks, units, places, dates and events. */
  static final List<String> SENTENCES =
      List.of(
          "Trung úy Albert Kotzebue gặp quân Liên Xô gần thị trấn Strehla ngày 25/4/1945.",
          "Sau đó Kotzebue trở về.",
          "Đại tá Nguyễn Văn An chỉ huy Trung đoàn 66 tấn công Đồi A1 năm 1954.",
          "Ngày 7/5/1954, quân Pháp đầu hàng tại Điện Biên Phủ.",
          "Tướng Christian de Castries bị bắt tại hầm chỉ huy.",
          "Thiếu tá Trần Văn Bình hành quân đến Hà Nội vào mùa xuân năm 1946.",
          "Sư đoàn 308 tiến vào Thăng Long ngày 10/10/1954.",
          "Bình gặp An ở Huế.");

  private BatchFixture() {}

  /** {@code count} documents of 1 to 6 shuffled sentences, the same for the same seed. */
  static List<Path> writeCorpus(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append('\n');
      }
      Path file = dir.resolve(String.format("doc%03d.txt", i));
      Files.writeString(file, text.toString());
      files.add(file);
    }
    return files;
  }

  static BatchExtractor extractor(Path out, int threads, boolean resume, StringWriter err) {
    BatchOptions options =
        new BatchOptions(
            out, threads, resume, true, true, InputExtraction.DEFAULT_MAX_DOCUMENT_CHARS);
    return extractor(options, err);
  }

  static BatchExtractor extractor(BatchOptions options, StringWriter err) {
    TextFileReader reader = new TextFileReader();
    return extractor(options, err, (file, name) -> Document.of(name, reader.readText(file)));
  }

  static BatchExtractor extractor(BatchOptions options, StringWriter err, DocumentSource source) {
    PrintWriter printer = new PrintWriter(err, true);
    return new BatchExtractor(VNIE, source, options, printer, Progress.silent(printer));
  }

  /**
   * The inputs below {@code folder}, where listing {@code unreadable} is refused as chmod 000 is.
   */
  @SuppressWarnings("StreamResourceLeak") // the walk closes the folder's stream
  static InputPaths withUnreadableFolder(Path folder, Path unreadable) {
    return new InputPaths(
        List.of(folder.toString()),
        ".txt",
        null,
        listed -> {
          if (listed.equals(unreadable)) {
            throw new AccessDeniedException(listed.toString());
          }
          return Files.newDirectoryStream(listed);
        });
  }

  /** Fails when a hidden file other than the lock, a partial table or the journal, is in out. */
  static void assertNoPartialFilesLeft(Path out) throws IOException {
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(
          List.of(),
          left.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(".") && !n.equals(OutputLock.FILE_NAME))
              .toList(),
          "no partial table or journal is left");
    }
  }

  /** The records of a table, header by name, BOM skipped. */
  static List<CSVRecord> records(Path table) throws IOException {
    String text = Files.readString(table, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    }
  }
}
