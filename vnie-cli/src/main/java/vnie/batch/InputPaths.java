package vnie.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import vnie.io.InputFileException;

/**
 * The input files of a batch, found lazily in a deterministic order: files as given, folders
 * recursively with each folder's entries sorted by name, glob patterns ({@code corpus/**}{@code
 * /*.txt}) walked from the folder before the first wildcard, and {@code -} for one path a line read
 * from standard input. Only the entries of the folders on the current path are held in memory, and
 * the identity (device and inode) of each folder walked, so that each real folder is walked once
 * however many symbolic links lead to it, and a link back to a folder being walked ends there.
 *
 * <p>A folder that cannot be walked (unreadable, a symbolic link loop, already walked) is given in
 * its place in the order as a refused input: the batch reads it through {@link #refusing}, which
 * fails it with the reason, and goes on with the next input.
 */
public final class InputPaths implements Iterator<Path> {
  /**
   * Entries still to visit at one level, which files of them to take, the folder the documents
   * found there are named relative to (null for files given as they are), and the identity of the
   * folder walked (null for files given as they are).
   */
  private record Level(
      Iterator<Path> entries,
      Predicate<Path> wanted,
      boolean givenAsIs,
      Path root,
      Object folderKey) {}

  /** Opens a folder's entries; a seam for tests, where root may read any folder. */
  @FunctionalInterface
  interface Folders {
    DirectoryStream<Path> open(Path folder) throws IOException;
  }

  private final Folders folders;
  private final Iterator<String> arguments;
  private final String extension;
  private final BufferedReader standardInput;
  private final Deque<Level> levels = new ArrayDeque<>();
  // Each folder walked, by its file key, with the path it was first walked by.
  private final Map<Object, Path> walkedFolders;
  // Keyed by the very Path given out, so that only that input is refused: the batch's worker
  // threads take the reasons out as they read the inputs.
  private final Map<Path, String> refusals;
  private Path next;
  private Path nextRoot;

  /** Walks {@code arguments}; {@code standardInput} is read when an argument is {@code -}. */
  public InputPaths(List<String> arguments, String extension, BufferedReader standardInput) {
    this(arguments, extension, standardInput, Files::newDirectoryStream);
  }

  InputPaths(
      List<String> arguments, String extension, BufferedReader standardInput, Folders folders) {
    this(
        arguments,
        extension,
        standardInput,
        folders,
        new HashMap<>(),
        Collections.synchronizedMap(new IdentityHashMap<>()));
  }

  private InputPaths(
      List<String> arguments,
      String extension,
      BufferedReader standardInput,
      Folders folders,
      Map<Object, Path> walkedFolders,
      Map<Path, String> refusals) {
    this.folders = folders;
    this.walkedFolders = walkedFolders;
    this.refusals = refusals;
    this.arguments = List.copyOf(arguments).iterator();
    this.extension = extension;
    this.standardInput = standardInput;
  }

  /** True when {@code argument} holds a glob wildcard. */
  public static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  @Override
  public boolean hasNext() {
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

  /**
   * The walk of {@code arguments} that goes on from this one: a real folder either walked is walked
   * once over both, and {@link #refusing} of either refuses the inputs both refused.
   */
  public InputPaths andThen(List<String> arguments, BufferedReader standardInput) {
    return new InputPaths(arguments, extension, standardInput, folders, walkedFolders, refusals);
  }

  /**
   * {@code source}, but an input this walk refused (a folder it could not walk) fails with the
   * reason instead of being read.
   */
  public DocumentSource refusing(DocumentSource source) {
    return (file, name) -> {
      String reason = refusals.remove(file);
      if (reason != null) {
        throw new InputFileException(file, reason);
      }
      return source.read(file, name);
    };
  }

  private void start(String argument) {
    if (argument.equals("-")) {
      Iterator<Path> lines =
          standardInput.lines().filter(l -> !l.isBlank()).map(l -> Path.of(l.strip())).iterator();
      levels.push(new Level(lines, p -> true, true, null, null));
      return;
    }
    Path path = Path.of(argument);
    if (!Files.exists(path) && isGlob(argument)) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
      Path base = globBase(argument);
      if (Files.isDirectory(base)) {
        descend(base, matcher::matches, base);
      }
    } else if (Files.isDirectory(path)) {
      descend(path, p -> p.getFileName().toString().endsWith(extension), path);
    } else {
      next = path; // a file is taken as given, so that a missing or misnamed one is reported
      nextRoot = null;
    }
  }

  private void advance() {
    Level level = levels.peek();
    if (!level.entries().hasNext()) {
      levels.pop();
      return;
    }
    Path entry = level.entries().next();
    if (level.givenAsIs()) {
      next = entry;
      nextRoot = null;
      return;
    }
    // Not Files.isDirectory, which says false for a folder it cannot look at (a path longer
    // than the system takes) and so skipped all its files without a word.
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(entry, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      attributes = null; // a dangling link: a wanted one is reported missing when it is read
    } catch (IOException e) {
      refuse(entry, cannotLookAt(entry, e), level.root());
      return;
    }
    if (attributes != null && attributes.isDirectory()) {
      descend(entry, level.wanted(), level.root());
    } else if (level.wanted().test(entry)) {
      next = entry;
      nextRoot = level.root();
    }
  }

  /** Linux's PATH_MAX: the bytes of a path a system call takes, its final NUL included. */
  private static final int PATH_MAX = 4096;

  private static String cannotLookAt(Path entry, IOException e) {
    int bytes = entry.toString().getBytes(StandardCharsets.UTF_8).length;
    return bytes >= PATH_MAX
        ? String.format(
            Locale.ROOT,
            "path too long: %,d bytes, the system takes at most %,d; move the files to a shorter"
                + " path",
            bytes,
            PATH_MAX - 1)
        : "cannot be read: " + e;
  }

  /**
   * Starts walking {@code folder}, whose documents are named under {@code root}, or gives it as a
   * refused input when it cannot be walked.
   */
  private void descend(Path folder, Predicate<Path> wanted, Path root) {
    // A refused folder is named as a file in its place would be: under the folder it was found in,
    // by its own name when it was given by itself.
    Path refusedRoot = folder.equals(root) ? null : root;
    Object key;
    Iterator<Path> entries;
    try {
      key = folderKey(folder);
      Path first = walkedFolders.get(key);
      if (first != null) {
        refuse(folder, walkedAgain(key, first), refusedRoot);
        return;
      }
      entries = sortedEntries(folder);
    } catch (IOException e) {
      refuse(folder, unreadable(e), refusedRoot);
      return;
    }
    walkedFolders.put(key, folder);
    levels.push(new Level(entries, wanted, false, root, key));
  }

  private String walkedAgain(Object key, Path first) {
    boolean beingWalked = levels.stream().anyMatch(l -> key.equals(l.folderKey()));
    return beingWalked
        ? "symbolic link loop: leads back to " + first + ", whose files are read once"
        : "folder already read as " + first + " (reached again through a symbolic link)";
  }

  private static String unreadable(IOException e) {
    String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof NoSuchFileException ? "it is gone" : e.toString();
    return "folder cannot be read: " + why;
  }

  private void refuse(Path input, String reason, Path root) {
    refusals.put(input, reason);
    next = input;
    nextRoot = root;
  }

  /** What identifies a folder however it is reached: device and inode where there are. */
  private static Object folderKey(Path folder) throws IOException {
    Object key = Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    return key != null ? key : folder.toRealPath();
  }

  private Iterator<Path> sortedEntries(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = folders.open(folder)) {
      stream.forEach(entries::add);
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    entries.sort(null);
    return entries.iterator();
  }

  /** The folder part of a glob before its first wildcard ({@code corpus} for {@code corpus/**}). */
  public static Path globBase(String glob) {
    int wildcard = 0;
    while (wildcard < glob.length() && !isGlob(String.valueOf(glob.charAt(wildcard)))) {
      wildcard++;
    }
    int slash = glob.lastIndexOf('/', wildcard);
    return slash < 0 ? Path.of("") : slash == 0 ? Path.of("/") : Path.of(glob.substring(0, slash));
  }
}
