package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.TextFileReader;

/** Every kind of bad input is reported with its reason, and the good inputs are still processed. */
class BadInputTest {
  private static final String HINT =
      "is it Windows-1258, TCVN3, VNI or Latin-1? convert it to UTF-8";

  @TempDir Path dir;

  @Test
  void eachBadInputIsReportedInErrorsCsvAndOnStandardError() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path good = in.resolve("a-good.txt");
    Files.writeString(good, BatchFixture.SENTENCES.get(0) + "\n");
    Path empty = write(in, "empty.txt", new byte[0]);
    Path blank = write(in, "blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
    Path binary = write(in, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Path windows1258 =
        write(in, "windows1258.txt", "Quân đội".getBytes(Charset.forName("windows-1258")));
    // TCVN3 "Qu©n ®éi" and VNI "Quaân ñoäi": single bytes above 0x7F that UTF-8 cannot start with.
    Path tcvn3 = write(in, "tcvn3.txt", new byte[] {'Q', 'u', (byte) 0xA9, 'n'});
    Path vni = write(in, "vni.txt", new byte[] {'Q', 'u', 'a', (byte) 0xE2, 'n'});
    Path latin1 = write(in, "latin1.txt", "Café".getBytes(StandardCharsets.ISO_8859_1));
    Path folder = Files.createDirectories(in.resolve("folder.txt"));
    Path missing = in.resolve("missing.txt");
    Path huge = write(in, "huge.txt", "a".repeat(101).getBytes(StandardCharsets.UTF_8));
    Path duplicate = Files.createDirectories(dir.resolve("other")).resolve("a-good.txt");
    Files.writeString(duplicate, BatchFixture.SENTENCES.get(1));
    List<Path> inputs =
        List.of(
            good,
            empty,
            blank,
            binary,
            windows1258,
            tcvn3,
            vni,
            latin1,
            folder,
            missing,
            huge,
            duplicate);
    StringWriter err = new StringWriter();
    BatchOptions options = new BatchOptions(dir.resolve("out"), 2, false, false, false, 100);

    BatchSummary summary = BatchFixture.extractor(options, err).run(inputs.iterator());

    List<List<String>> expected =
        List.of(
            List.of(empty.toString(), "file is empty (0 bytes)"),
            List.of(blank.toString(), "file holds only white space, no text"),
            List.of(
                binary.toString(),
                "binary file: NUL byte at byte offset 4 (a UTF-16 text also has them; convert it"
                    + " to UTF-8)"),
            List.of(
                windows1258.toString(),
                "not valid UTF-8: byte 0xE2 at byte offset 2 (line 1); " + HINT),
            List.of(
                tcvn3.toString(), "not valid UTF-8: byte 0xA9 at byte offset 2 (line 1); " + HINT),
            List.of(
                vni.toString(), "not valid UTF-8: byte 0xE2 at byte offset 3 (line 1); " + HINT),
            List.of(
                latin1.toString(), "not valid UTF-8: byte 0xE9 at byte offset 3 (line 1); " + HINT),
            List.of(folder.toString(), "is a directory, not a text file"),
            List.of(missing.toString(), "file not found"),
            List.of(
                huge.toString(),
                "document too long: 101 characters, the limit is 100 (--max-doc-chars)"),
            List.of(duplicate.toString(), "another input has the same document name 'a-good'"));
    List<CSVRecord> errors = BatchFixture.records(dir.resolve("out/errors.csv"));
    assertEquals(expected, errors.stream().map(r -> List.of(r.get(0), r.get(1))).toList());
    assertEquals(1, summary.documents());
    assertEquals(11, summary.failed());
    String[] lines = err.toString().split("\n");
    assertEquals(11, lines.length);
    assertEquals("vnie: skipped " + empty + ": file is empty (0 bytes)", lines[0]);
    assertEquals(
        List.of("a-good"),
        BatchFixture.records(dir.resolve("out/entities.csv")).stream()
            .map(r -> r.get("doc"))
            .distinct()
            .toList());
  }

  @Test
  void anUnreadableSubfolderIsAnErrorRowAndTheBatchGoesOn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("a/1.txt", "b/2.txt", "c/3.txt")) {
      Files.createDirectories(in.resolve(name).getParent());
      Files.writeString(in.resolve(name), BatchFixture.SENTENCES.get(0));
    }
    Path unreadable = in.resolve("b");
    InputPaths paths = BatchFixture.withUnreadableFolder(in, unreadable);
    StringWriter err = new StringWriter();
    BatchOptions options = new BatchOptions(dir.resolve("out"), 2, false, false, false, 1000);

    BatchSummary summary =
        BatchFixture.extractor(
                options, err, paths.refusing((file, name) -> new TextFileReader().read(file)))
            .run(paths);

    assertEquals(
        List.of(List.of(unreadable.toString(), "folder cannot be read: permission denied")),
        BatchFixture.records(dir.resolve("out/errors.csv")).stream()
            .map(r -> List.of(r.get(0), r.get(1)))
            .toList());
    assertEquals(List.of(2L, 1L), List.of(summary.documents(), summary.failed()));
    assertEquals(
        "vnie: skipped " + unreadable + ": folder cannot be read: permission denied\n",
        err.toString());
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }
}
