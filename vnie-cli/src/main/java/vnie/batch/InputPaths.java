package vnie.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The input files of a batch, found lazily in a deterministic order: files as given, folders
 * recursively with each folder's entries sorted by name, glob patterns ({@code corpus/**}{@code
 * /*.txt}) walked from the folder before the first wildcard, and {@code -} for one path a line read
 * from standard input. Only the entries of the folders on the current path are held in memory.
 */
public final class InputPaths implements Iterator<Path> {
  /**
   * Entries still to visit at one level, which files of them to take, and the folder the documents
   * found there are named relative to (null for files given as they are).
   */
  private record Level(
      Iterator<Path> entries, Predicate<Path> wanted, boolean givenAsIs, Path root) {}

  private final Iterator<String> arguments;
  private final String extension;
  private final BufferedReader standardInput;
  private final Deque<Level> levels = new ArrayDeque<>();
  private Path next;
  private Path nextRoot;

  /** Walks {@code arguments}; {@code standardInput} is read when an argument is {@code -}. */
  public InputPaths(List<String> arguments, String extension, BufferedReader standardInput) {
    this.arguments = List.copyOf(arguments).iterator();
    this.extension = extension;
    this.standardInput = standardInput;
  }

  /** True when {@code argument} holds a glob wildcard. */
  static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        if (!levels.isEmpty()) {
          advance();
        } else if (!arguments.hasNext()) {
          return false;
        } else {
          start(arguments.next());
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path result = next;
    next = null;
    return result;
  }

  /**
   * The next input with its document name: its path under the folder or glob base it was found in
   * ({@code 2023/article} for {@code corpus/2023/article.txt} of {@code corpus}), so that files of
   * the same name in different folders stay apart; a file given by itself is named by its file
   * name. With {@code flat}, every file is named by its file name alone.
   */
  public Input nextInput(boolean flat) {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path root = flat ? null : nextRoot;
    Path file = next();
    return new Input(file, Input.documentName(root, file));
  }

  private void start(String argument) throws IOException {
    if (argument.equals("-")) {
      Iterator<Path> lines =
          standardInput.lines().filter(l -> !l.isBlank()).map(l -> Path.of(l.strip())).iterator();
      levels.push(new Level(lines, p -> true, true, null));
      return;
    }
    Path path = Path.of(argument);
    if (!Files.exists(path) && isGlob(argument)) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
      Path base = globBase(argument);
      if (Files.isDirectory(base)) {
        levels.push(new Level(sortedEntries(base), matcher::matches, false, base));
      }
    } else if (Files.isDirectory(path)) {
      Predicate<Path> hasExtension = p -> p.getFileName().toString().endsWith(extension);
      levels.push(new Level(sortedEntries(path), hasExtension, false, path));
    } else {
      next = path; // a file is taken as given, so that a missing or misnamed one is reported
      nextRoot = null;
    }
  }

  private void advance() throws IOException {
    Level level = levels.peek();
    if (!level.entries().hasNext()) {
      levels.pop();
      return;
    }
    Path entry = level.entries().next();
    if (level.givenAsIs()) {
      next = entry;
      nextRoot = null;
    } else if (Files.isDirectory(entry)) {
      levels.push(new Level(sortedEntries(entry), level.wanted(), false, level.root()));
    } else if (level.wanted().test(entry)) {
      next = entry;
      nextRoot = level.root();
    }
  }

  private static Iterator<Path> sortedEntries(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    }
    entries.sort(null);
    return entries.iterator();
  }

  /** The folder part of a glob before its first wildcard ({@code corpus} for {@code corpus/**}). */
  static Path globBase(String glob) {
    int wildcard = 0;
    while (wildcard < glob.length() && !isGlob(String.valueOf(glob.charAt(wildcard)))) {
      wildcard++;
    }
    int slash = glob.lastIndexOf('/', wildcard);
    return slash < 0 ? Path.of("") : slash == 0 ? Path.of("/") : Path.of(glob.substring(0, slash));
  }
}
