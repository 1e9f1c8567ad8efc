package vnie.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import vnie.core.Lexicons;
import vnie.text.PhraseLexicon;

/**
 * The data of the rules: every word list, grammar word, cue, trigger, role, relation pattern, merge
 * priority and gazetteer, in the files that {@code manifest.tsv} names with their kind and columns.
 * The shipped pack is in the jar under {@code vnie/rules/}; a user's pack is a folder of the same
 * layout whose files replace the shipped ones of the same path, and whose own {@code manifest.tsv}
 * may add files (or redeclare shipped ones).
 *
 * <p>Each file is read once, when first asked for. A row that does not fit its file's columns, a
 * missing file, a file of the user's folder that no manifest names, and whatever the rules find
 * wrong in a file's entries (an unknown cue list, event type or role, a list the code needs but the
 * pack lacks) are collected as problems naming the file and line; {@link #verify()} throws them all
 * at once. The rules read their pack when they are built, so a pack with a problem fails when it
 * loads, never at the first document. Thread-safe.
 */
public final class RulePack {
  /** The manifest's path in every pack. */
  public static final String MANIFEST = "manifest.tsv";

  private static final String RESOURCES = "/vnie/rules/";
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final RulePack SHIPPED = new RulePack(null);

  private final Path folder;
  private final Map<String, RuleFile> files;
  private final Map<String, List<Row>> rows = new ConcurrentHashMap<>();
  private final Set<String> problems = Collections.synchronizedSet(new LinkedHashSet<>());

  private RulePack(Path folder) {
    this.folder = folder;
    Map<String, RuleFile> declared = new LinkedHashMap<>();
    readManifest(null, declared);
    if (folder != null) {
      readManifest(folder, declared);
    }
    this.files = Collections.unmodifiableMap(declared);
    if (folder != null) {
      checkUndeclaredFiles();
    }
  }

  /** The pack shipped in the jar. */
  public static RulePack shipped() {
    return SHIPPED;
  }

  /**
   * The pack of {@code folder}: its files, then the shipped ones for the paths it lacks.
   *
   * @throws IOException when {@code folder} is not a readable folder
   */
  public static RulePack load(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("the rule pack " + folder + " does not exist or is not a folder");
    }
    try {
      return new RulePack(folder);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The user's folder, or empty for the shipped pack. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /** The declared files, in the order of the manifests (the shipped one first). */
  public List<RuleFile> files() {
    return List.copyOf(files.values());
  }

  /** The declared file at {@code path}. */
  public RuleFile file(String path) {
    RuleFile file = files.get(path);
    if (file == null) {
      throw new IllegalArgumentException("no rule file " + path + " in " + MANIFEST);
    }
    return file;
  }

  /**
   * The rows of the file at {@code path} that fit its columns (the others are problems), in file
   * order; for a {@code regex} file, the rows whose expression compiles.
   */
  public List<Row> rows(String path) {
    RuleFile file = file(path);
    return rows.computeIfAbsent(path, p -> read(file));
  }

  /** The first cell of every row of {@code path}, in file order, without repeats. */
  public Set<String> entries(String path) {
    Set<String> out = new LinkedHashSet<>();
    for (Row row : rows(path)) {
      out.add(row.get(0));
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The first cells of {@code path} as phrases, matched as its manifest row says (regardless of
   * case or exactly); each phrase carries itself.
   */
  public PhraseLexicon<String> phrases(String path) {
    return PhraseLexicon.ofPhrases(entries(path), file(path).anyCase());
  }

  /** The first two cells of {@code path}: a phrase and its value ({@code ""} when left out). */
  public PhraseLexicon<String> table(String path) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Row row : rows(path)) {
      map.put(row.get(0), row.get(1));
    }
    return PhraseLexicon.of(map, file(path).anyCase());
  }

  /** The compiled expressions of a {@code regex} file. */
  public List<Pattern> patterns(String path) {
    return rows(path).stream().map(r -> Pattern.compile(r.get(0))).toList();
  }

  /** Records a problem with {@code row}; the rules leave the row out. */
  public void problem(Row row, String message) {
    problems.add(row.where() + ": " + message);
  }

  /** Records a problem with the file at {@code path} as a whole. */
  public void problem(String path, String message) {
    problems.add(shownPath(path) + ": " + message);
  }

  /** The problems found so far, one a line: {@code file:line: what is wrong}. */
  public List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /**
   * Throws every problem found so far.
   *
   * @throws RulePackException when there is one
   */
  public void verify() {
    List<String> found = problems();
    if (!found.isEmpty()) {
      throw new RulePackException(folder == null ? "shipped with vnie" : folder.toString(), found);
    }
  }

  /**
   * What {@code reader} makes of this pack, when the pack has no problem after it (including those
   * that {@code reader} found).
   *
   * @throws RulePackException when it has one
   */
  public <T> T verified(Function<RulePack, T> reader) {
    T read = reader.apply(this);
    verify();
    return read;
  }

  private List<Row> read(RuleFile file) {
    List<Lexicons.Line> lines;
    try (Reader reader = open(file.path())) {
      if (reader == null) {
        problem(file.path(), "missing (declared at " + file.declared() + ")");
        return List.of();
      }
      lines = Lexicons.read(reader);
    } catch (IOException e) {
      problem(file.path(), "cannot be read: " + e.getMessage());
      return List.of();
    }
    String shown = shownPath(file.path());
    List<Row> out = new ArrayList<>();
    for (Lexicons.Line line : lines) {
      Row row = new Row(shown, line.number(), line.cells());
      int n = row.cells().size();
      if (n < file.required() || n > file.columns().size()) {
        problem(row, "expected " + columns(file) + ", found " + n + (n == 1 ? " cell" : " cells"));
      } else if (file.kind() != RuleFile.Kind.REGEX || compiles(row)) {
        out.add(row);
      }
    }
    return List.copyOf(out);
  }

  private boolean compiles(Row row) {
    try {
      Pattern.compile(row.get(0));
      return true;
    } catch (PatternSyntaxException e) {
      problem(row, "not a regular expression: " + e.getDescription());
      return false;
    }
  }

  private static String columns(RuleFile file) {
    List<String> names = file.columns();
    String all = String.join(", ", names);
    if (file.required() == names.size()) {
      return names.size() == 1 ? "one column (" + all + ")" : names.size() + " columns: " + all;
    }
    return file.required() + " to " + names.size() + " columns: " + all;
  }

  /** The file at {@code path}: the user's when there is one, else the shipped one, else null. */
  private Reader open(String path) throws IOException {
    if (folder != null) {
      Path user = folder.resolve(path);
      if (Files.isRegularFile(user)) {
        return Files.newBufferedReader(user, StandardCharsets.UTF_8);
      }
    }
    return shipped(path);
  }

  /** The shipped file at {@code path}, or null. */
  private static Reader shipped(String path) {
    InputStream in = RulePack.class.getResourceAsStream(RESOURCES + path);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private String shownPath(String path) {
    if (folder != null && Files.isRegularFile(folder.resolve(path))) {
      return folder.resolve(path).toString();
    }
    return path;
  }

  /** Reads the manifest of {@code from} (the jar when null) into {@code declared}. */
  private void readManifest(Path from, Map<String, RuleFile> declared) {
    List<Lexicons.Line> lines;
    String shown = from == null ? MANIFEST : from.resolve(MANIFEST).toString();
    try (Reader reader = from == null ? shipped(MANIFEST) : userManifest(from)) {
      if (reader == null) {
        if (from == null) {
          throw new IllegalStateException("missing resource " + RESOURCES + MANIFEST);
        }
        return;
      }
      lines = Lexicons.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + shown, e);
    }
    for (Lexicons.Line line : lines) {
      Row row = new Row(shown, line.number(), line.cells());
      RuleFile file = declaration(row);
      if (file != null) {
        declared.put(file.path(), file);
      }
    }
  }

  private static Reader userManifest(Path folder) throws IOException {
    Path manifest = folder.resolve(MANIFEST);
    return Files.isRegularFile(manifest)
        ? Files.newBufferedReader(manifest, StandardCharsets.UTF_8)
        : null;
  }

  /** A manifest row {@code file, kind, columns, match, gazetteer}, or null after a problem. */
  private RuleFile declaration(Row row) {
    if (row.cells().size() != 5) {
      problem(row, "expected 5 columns: file, kind, columns, match, gazetteer");
      return null;
    }
    String path = row.get(0);
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      problem(row, "the file must be a relative path inside the pack: " + path);
      return null;
    }
    RuleFile.Kind kind;
    try {
      kind = RuleFile.Kind.parse(row.get(1));
    } catch (IllegalArgumentException e) {
      problem(row, "unknown kind '" + row.get(1) + "' (list, table or regex)");
      return null;
    }
    List<String> columns = new ArrayList<>();
    int required = 0;
    for (String column : SPACES.split(row.get(2), -1)) {
      boolean optional = column.endsWith("?");
      if (!optional && required < columns.size()) {
        problem(row, "a required column after an optional one: " + column);
        return null;
      }
      columns.add(optional ? column.substring(0, column.length() - 1) : column);
      required += optional ? 0 : 1;
    }
    if (kind != RuleFile.Kind.TABLE && columns.size() != 1) {
      problem(row, "a " + kind.id() + " file has one column");
      return null;
    }
    String match = row.get(3);
    if (!match.equals("any-case") && !match.equals("exact")) {
      problem(row, "unknown match '" + match + "' (any-case or exact)");
      return null;
    }
    String gazetteer = row.get(4).equals("-") ? "" : row.get(4);
    return new RuleFile(
        path, kind, columns, required, match.equals("any-case"), gazetteer, row.where());
  }

  /** Every {@code .txt} and {@code .tsv} file of the user's folder must be declared. */
  private void checkUndeclaredFiles() {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = folder.relativize(file).toString().replace('\\', '/');
        boolean data = path.endsWith(".txt") || path.endsWith(".tsv");
        if (data && !path.equals(MANIFEST) && !files.containsKey(path)) {
          problems.add(file + ": not named in " + MANIFEST + " (misspelled, or a new file to add)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule pack " + folder, e);
    }
  }
}
