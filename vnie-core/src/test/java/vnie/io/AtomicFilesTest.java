package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out.csv");
    AtomicFiles.writeString(target, "cũ");
    AtomicFiles.writeString(target, "mới");
    assertEquals("mới", Files.readString(target, StandardCharsets.UTF_8));
    assertEquals(List.of("out.csv"), names());
  }

  @Test
  void keepsTheOldFileWhenWritingFails() throws Exception {
    Path target = dir.resolve("out.csv");
    AtomicFiles.write(target, new byte[] {'o', 'l', 'd'});
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                AtomicFiles.writeText(
                    target,
                    out -> {
                      out.write("half");
                      throw new IOException("disk full");
                    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("out.csv"), names());
  }

  @Test
  void createsMissingDirectories() throws Exception {
    Path target = dir.resolve("a/b/out.txt");
    AtomicFiles.writeString(target, "x");
    assertEquals("x", Files.readString(target));
  }
}
