package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {
  @TempDir Path dir;

  private List<String> walk(List<String> arguments, String stdin) {
    InputPaths paths =
        new InputPaths(arguments, ".txt", new BufferedReader(new StringReader(stdin)));
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
  void theBaseOfAGlobIsTheFolderBeforeItsFirstWildcard() {
    assertEquals(Path.of("corpus"), InputPaths.globBase("corpus/**/*.txt"));
    assertEquals(Path.of("a/b"), InputPaths.globBase("a/b/c*/d.txt"));
    assertEquals(Path.of(""), InputPaths.globBase("*.txt"));
    assertEquals(Path.of("/"), InputPaths.globBase("/*.txt"));
  }
}
