package vnie.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vnie.core.Token;
import vnie.rules.RuleFile;
import vnie.rules.RulePack;
import vnie.text.Tokenizer;

/**
 * Named lists of names (provinces, countries, given names, ranks …) that the entity model looks
 * tokens up in. Each entry is tokenized as the pipeline tokenizes text and matched regardless of
 * case; in a sentence, each list marks its leftmost longest matches, the first token {@code B} and
 * the others {@code I}. The lists are the files of the rule pack that its {@code manifest.tsv}
 * gives a gazetteer name (a user's pack may replace or add them); a user's gazetteer folder may
 * also replace any of them or add more without rebuilding. Immutable and thread-safe.
 */
public final class Gazetteers {
  private static final int MAX_LISTS = 64;

  private final List<String> names;
  private final String[][] labels;
  private final Node root;

  /** A node of the trie of lowercase token sequences; {@code lists} has bit k for list k. */
  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    long lists;
  }

  private Gazetteers(Map<String, List<String>> lists) {
    if (lists.size() > MAX_LISTS) {
      throw new IllegalArgumentException("at most " + MAX_LISTS + " gazetteer lists");
    }
    this.names = List.copyOf(lists.keySet());
    this.labels = new String[names.size()][];
    this.root = new Node();
    Tokenizer tokenizer = new Tokenizer();
    int k = 0;
    for (Map.Entry<String, List<String>> list : lists.entrySet()) {
      labels[k] = new String[] {list.getKey() + ":B", list.getKey() + ":I"};
      for (String entry : list.getValue()) {
        Node node = root;
        for (Token t : tokenizer.tokenize(entry)) {
          node = node.children.computeIfAbsent(lower(t.form()), f -> new Node());
        }
        if (node != root) {
          node.lists |= 1L << k;
        }
      }
      k++;
    }
  }

  /** The shipped lists. */
  public static Gazetteers load() {
    try {
      return load(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shipped lists, with those of {@code userFolder} (when not null): a {@code NAME.txt} there
   * replaces the shipped list {@code NAME} or adds a new one. One name a line, {@code #} starts a
   * comment.
   *
   * @throws IOException when the folder cannot be read
   */
  public static Gazetteers load(Path userFolder) throws IOException {
    return load(RulePack.shipped(), userFolder);
  }

  /**
   * The lists of {@code pack} (the files its manifest gives a gazetteer name, in its order), with
   * those of {@code userFolder} (when not null) as {@link #load(Path)} reads them.
   *
   * @throws IOException when the folder cannot be read
   */
  public static Gazetteers load(RulePack pack, Path userFolder) throws IOException {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (RuleFile file : pack.files()) {
      if (!file.gazetteer().isEmpty()) {
        lists.put(file.gazetteer(), List.copyOf(pack.entries(file.path())));
      }
    }
    if (userFolder != null) {
      if (!Files.isDirectory(userFolder)) {
        throw new IOException(
            "the gazetteer folder " + userFolder + " does not exist or is not a folder");
      }
      try (Stream<Path> files = Files.list(userFolder)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String name = file.getFileName().toString();
          lists.put(name.substring(0, name.length() - ".txt".length()), readList(file));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new Gazetteers(lists);
  }

  /** The lists from the given entries, in order (for tests and tools). */
  public static Gazetteers of(Map<String, List<String>> lists) {
    return new Gazetteers(new LinkedHashMap<>(lists));
  }

  /** The names of the lists, in order. */
  public List<String> names() {
    return names;
  }

  /**
   * For each token of a sentence, the labels ({@code countries:B}, {@code given-names:I} …) of the
   * lists whose match covers it; an empty array where none does.
   */
  public String[][] labels(List<Token> tokens) {
    int n = tokens.size();
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = lower(tokens.get(i).form());
    }
    // For each list, the end of the longest match starting at each token (0: none).
    int lists = names.size();
    int[][] longest = new int[lists][];
    for (int i = 0; i < n; i++) {
      Node node = root;
      for (int j = i; j < n; j++) {
        node = node.children.get(lower[j]);
        if (node == null) {
          break;
        }
        long bits = node.lists;
        while (bits != 0) {
          int k = Long.numberOfTrailingZeros(bits);
          bits &= bits - 1;
          if (longest[k] == null) {
            longest[k] = new int[n];
          }
          longest[k][i] = j + 1;
        }
      }
    }
    List<List<String>> found = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      found.add(new ArrayList<>(2));
    }
    for (int k = 0; k < lists; k++) {
      if (longest[k] == null) {
        continue;
      }
      for (int i = 0; i < n; ) {
        int end = longest[k][i];
        if (end == 0) {
          i++;
          continue;
        }
        found.get(i).add(labels[k][0]);
        for (int j = i + 1; j < end; j++) {
          found.get(j).add(labels[k][1]);
        }
        i = end;
      }
    }
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      out[i] = found.get(i).toArray(new String[0]);
    }
    return out;
  }

  private static List<String> readList(Path file) throws IOException {
    List<String> entries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int hash = line.indexOf('#');
      if (hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1)))) {
        line = line.substring(0, hash);
      }
      line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (!line.isEmpty()) {
        entries.add(line.split("\t", 2)[0]);
      }
    }
    return entries;
  }

  private static String lower(String form) {
    return form.toLowerCase(Locale.ROOT);
  }
}
