package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;

class TextFileReaderTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private Path file(String name, byte[]... parts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.write(part);
    }
    Path path = dir.resolve(name);
    Files.write(path, bytes.toByteArray());
    return path;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private InputFileException rejected(Path path) {
    return assertThrows(InputFileException.class, () -> new TextFileReader().read(path));
  }

  @Test
  void removesBomAndKeepsCrlfSoOffsetsCountDecodedChars() throws Exception {
    Path path = file("elbe-day.txt", BOM, utf8("Trung úy\r\nAlbert"));
    Document doc = new TextFileReader().read(path);
    assertEquals("elbe-day", doc.id());
    assertEquals("Trung úy\r\nAlbert", doc.text());
    assertEquals(16, doc.text().length());
    assertEquals(10, doc.text().indexOf("Albert"));
  }

  @Test
  void keepsNfdAsRead() throws Exception {
    String nfd = "Vie\u0323\u0302t Nam";
    Document doc = new TextFileReader().read(file("nfd.txt", utf8(nfd)));
    assertEquals(nfd, doc.text());
    assertEquals(10, doc.text().length());
    assertFalse(Normalizer.isNormalized(doc.text(), Normalizer.Form.NFC));
  }

  @Test
  void rejectsEmptyFile() throws Exception {
    Path path = file("empty.txt");
    InputFileException e = rejected(path);
    assertEquals(path, e.path());
    assertEquals("file is empty (0 bytes)", e.reason());
    assertEquals(path + ": file is empty (0 bytes)", e.getMessage());
  }

  @Test
  void rejectsFileWithOnlyBom() throws Exception {
    assertEquals(
        "file holds only a byte-order mark, no text", rejected(file("bom.txt", BOM)).reason());
  }

  @Test
  void rejectsFileWithOnlyWhiteSpace() throws Exception {
    assertEquals(
        "file holds only white space, no text",
        rejected(file("blank.txt", BOM, utf8(" \r\n\t\n"))).reason());
  }

  @Test
  void rejectsBinaryFile() throws Exception {
    InputFileException e = rejected(file("image.txt", new byte[] {'a', 'b', 'c', 0, 'd'}));
    assertEquals(
        "binary file: NUL byte at byte offset 3 (a UTF-16 text also has them;"
            + " convert it to UTF-8)",
        e.reason());
  }

  @Test
  void rejectsLatin1ByteWithOffsetAndHint() throws Exception {
    // "Vià" in Latin-1 / Windows-1258: 0xE0 alone is not UTF-8.
    Path path = file("w09.txt", new byte[] {'V', 'i', (byte) 0xE0, ' ', 'x'});
    InputFileException e = rejected(path);
    assertEquals(
        path
            + ": not valid UTF-8: byte 0xE0 at byte offset 2 (line 1); is it"
            + " Windows-1258, TCVN3, VNI or Latin-1? convert it to UTF-8",
        e.getMessage());
  }

  @Test
  void reportsTheFirstBadByteAfterValidMultibyteText() throws Exception {
    // "Hà Nội\n" is 10 bytes of UTF-8; then Windows-1258 "Vi\xEA\xF2t" (Việt).
    Path path =
        file("w10.txt", utf8("Hà Nội\n"), new byte[] {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't'});
    assertTrue(
        rejected(path)
            .reason()
            .startsWith(
                "not valid UTF-8: byte 0xEA at byte offset 12 (line 2); is it Windows-1258"));
  }

  @Test
  void rejectsMissingFile() {
    Path path = dir.resolve("missing.txt");
    InputFileException e = rejected(path);
    assertEquals("file not found", e.reason());
    assertTrue(e.getMessage().contains("missing.txt"));
  }

  @Test
  void rejectsDirectory() {
    assertEquals("is a directory, not a text file", rejected(dir).reason());
  }

  @Test
  void rejectsFileOverTheLimit() throws Exception {
    Path path = file("big.txt", utf8("12345678901"));
    InputFileException e =
        assertThrows(InputFileException.class, () -> new TextFileReader(10).read(path));
    assertEquals(
        "file is too large: 11 bytes, the limit is 10 bytes (is it the right file?)", e.reason());
    assertEquals("12345678901", new TextFileReader(11).readText(path));
  }

  @Test
  void documentIdDropsOnlyTheTxtExtension() {
    assertEquals("w01", TextFileReader.documentId(Path.of("corpus/w01.txt")));
    assertEquals("W02", TextFileReader.documentId(Path.of("W02.TXT")));
    assertEquals("notes.md", TextFileReader.documentId(Path.of("notes.md")));
    assertEquals("a.b", TextFileReader.documentId(Path.of("a.b.txt")));
  }
}
