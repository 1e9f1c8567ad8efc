package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;

class InputBytesTest {
  private static final String URI = "hdfs://namenode:8020/corpus/2024/a.txt";

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheTextAsTheFileReaderDoes() throws Exception {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'V', 'i', 'e', (byte) 0xCC, (byte) 0xA3};
    Path file = dir.resolve("a.txt");
    Files.write(file, bytes);

    Document doc = InputBytes.read(URI, bytes);

    assertEquals("a", doc.id());
    assertEquals("Vie\u0323", doc.text());
    assertEquals(new TextFileReader().read(file), doc);
  }

  @Test
  void rejectsWithTheFileReadersReasons() throws Exception {
    List<byte[]> bad =
        List.of(
            new byte[0],
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            utf8(" \r\n\t"),
            new byte[] {'a', 0, 'b'},
            new byte[] {'V', 'i', (byte) 0xE0, '\n', 'x'});
    for (byte[] bytes : bad) {
      Path file = dir.resolve("bad.txt");
      Files.write(file, bytes);
      String expected =
          assertThrows(InputFileException.class, () -> new TextFileReader().read(file)).reason();

      InputFileException e =
          assertThrows(InputFileException.class, () -> InputBytes.read(URI, bytes));

      assertEquals(expected, e.reason());
      assertEquals(Path.of(URI), e.path());
    }
  }

  @Test
  void tooLargeGivesTheFileReadersReason() throws Exception {
    Path file = dir.resolve("big.txt");
    Files.write(file, utf8("12345678901"));
    String expected =
        assertThrows(InputFileException.class, () -> new TextFileReader(10).read(file)).reason();

    assertEquals(expected, InputBytes.tooLarge(URI, 11, 10).reason());
  }

  @Test
  void documentIdIsTheLastSegmentWithoutTxt() {
    assertEquals("a", InputBytes.documentId(URI));
    assertEquals("W02", InputBytes.documentId("s3a://bucket/W02.TXT"));
    assertEquals("notes.md", InputBytes.documentId("file:/tmp/notes.md"));
    assertEquals("Điện Biên", InputBytes.documentId("Điện Biên.txt"));
  }
}
