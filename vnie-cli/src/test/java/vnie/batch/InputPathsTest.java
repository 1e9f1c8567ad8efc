package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.InputFileException;
import vnie.io.TextFileReader;

class InputPathsTest {
  @TempDir Path dir;

  private List<String> walk(List<String> arguments, String stdin) {
    return walk(new InputPaths(arguments, ".txt", new BufferedReader(new StringReader(stdin))));
  }

  private List<String> walk(InputPaths paths) {
    List<String> found = new ArrayList<>();
    paths.forEachRemaining(p -> found.add(dir.relativize(p.toAbsolutePath()).toString()));
    return found;
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
    }
  }

  @Test
  void foldersAreWalkedRecursivelyWithEachFoldersEntriesSorted() throws IOException {
    touch("c/b.txt", "c/a/z.txt", "c/a.txt", "c/notes.md", "c/b/y.txt");

    assertEquals(
        List.of("c/a/z.txt", "c/a.txt", "c/b/y.txt", "c/b.txt"),
        walk(List.of(dir.resolve("c").toString()), ""));
  }

  @Test
  void filesAreTakenAsGivenAndGlobsMatchFromTheirBase() throws IOException {
    touch("c/x/1.txt", "c/x/2.md", "c/y/3.txt", "c/4.txt", "d.md");

    assertEquals(
        List.of("d.md", "c/x/1.txt", "c/y/3.txt", "missing.txt"),
        walk(
            List.of(
                dir.resolve("d.md").toString(),
                dir + "/c/*/*.txt",
                dir.resolve("missing.txt").toString()),
            ""));
    assertEquals(
        List.of("c/4.txt", "c/x/1.txt", "c/y/3.txt"), walk(List.of(dir + "/c/**.txt"), ""));
  }

  @Test
  void aDashReadsOnePathALineFromStandardInput() throws IOException {
    touch("c/a.txt");

    assertEquals(
        List.of("b.txt", "a.txt", "c/a.txt"),
        walk(
            List.of("-", dir.resolve("c").toString()),
            dir.resolve("b.txt") + "\n\n" + dir.resolve("a.txt") + "\n"));
  }

  @Test
  void anUnreadableFolderIsGivenInItsPlaceAsARefusedInputAndTheWalkGoesOn() throws IOException {
    touch("in/a/1.txt", "in/b/2.txt", "in/c/3.txt");
    Path unreadable = dir.resolve("in/b");
    InputPaths paths = BatchFixture.withUnreadableFolder(dir.resolve("in"), unreadable);
    List<Path> found = new ArrayList<>();
    paths.forEachRemaining(found::add);

    assertEquals(List.of(dir.resolve("in/a/1.txt"), unreadable, dir.resolve("in/c/3.txt")), found);
    DocumentSource source = paths.refusing((file, name) -> new TextFileReader().read(file));
    InputFileException refused =
        assertThrows(InputFileException.class, () -> source.read(found.get(1), "doc"));
    assertEquals("folder cannot be read: permission denied", refused.reason());
    assertEquals("1", source.read(found.get(0), "doc").id());
  }

  @Test
  void aFolderWithoutReadPermissionIsRefusedToo() throws IOException {
    touch("in/a/1.txt", "in/b/2.txt");
    Path folder = dir.resolve("in/b");
    Files.setPosixFilePermissions(folder, Set.of());
    try {
      assumeFalse(Files.isReadable(folder), "root reads every folder");
      InputPaths paths = new InputPaths(List.of(dir.resolve("in").toString()), ".txt", null);
      List<Path> found = new ArrayList<>();
      paths.forEachRemaining(found::add);

      assertEquals(List.of(dir.resolve("in/a/1.txt"), folder), found);
      InputFileException refused =
          assertThrows(
              InputFileException.class,
              () ->
                  paths
                      .refusing((file, name) -> new TextFileReader().read(file))
                      .read(folder, "b"));
      assertEquals("folder cannot be read: permission denied", refused.reason());
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void eachRealFolderIsWalkedOnceHoweverManyLinksLeadToIt() throws IOException {
    touch("in/a/1.txt", "in/b/2.txt");
    Files.createSymbolicLink(dir.resolve("in/b/link-to-a"), Path.of("../a"));
    Files.createSymbolicLink(dir.resolve("in/b/loop"), Path.of(".."));
    InputPaths paths = new InputPaths(List.of(dir.resolve("in").toString()), ".txt", null);
    List<Path> found = new ArrayList<>();
    paths.forEachRemaining(found::add);

    assertEquals(
        List.of("in/a/1.txt", "in/b/2.txt", "in/b/link-to-a", "in/b/loop"),
        found.stream().map(p -> dir.relativize(p).toString()).toList());
    DocumentSource source = paths.refusing((file, name) -> new TextFileReader().read(file));
    assertEquals(
        "folder already read as "
            + dir.resolve("in/a")
            + " (reached again through a symbolic link)",
        assertThrows(InputFileException.class, () -> source.read(found.get(2), "doc")).reason());
    assertEquals(
        "symbolic link loop: leads back to " + dir.resolve("in") + ", whose files are read once",
        assertThrows(InputFileException.class, () -> source.read(found.get(3), "doc")).reason());
  }

  @Test
  void theBaseOfAGlobIsTheFolderBeforeItsFirstWildcard() {
    assertEquals(Path.of("corpus"), InputPaths.globBase("corpus/**/*.txt"));
    assertEquals(Path.of("a/b"), InputPaths.globBase("a/b/c*/d.txt"));
    assertEquals(Path.of(""), InputPaths.globBase("*.txt"));
    assertEquals(Path.of("/"), InputPaths.globBase("/*.txt"));
  }
}
