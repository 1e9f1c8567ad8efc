package vnie.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads vnie's data files (the rule pack's lists and tables, the tokenizer's abbreviations, the
 * segmenter's words): one entry a line, {@code #} starts a comment, blank lines are skipped, cells
 * are separated by tabs and trimmed, every entry is NFC so that it matches normalized text.
 */
public final class Lexicons {
  private Lexicons() {}

  /**
   * A line of a data file that holds an entry.
   *
   * @param number the line's number in the file, from 1
   * @param cells its tab-separated cells, trimmed and in NFC
   */
  public record Line(int number, List<String> cells) {
    public Line {
      cells = List.copyOf(cells);
    }
  }

  /** The entries of a one-column file under {@code /vnie/} in the jar, in file order. */
  public static Set<String> lines(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> row : rows(resource)) {
      out.add(String.join("\t", row));
    }
    return out;
  }

  /** The rows of a tab-separated file under {@code /vnie/} in the jar, each a list of cells. */
  public static List<List<String>> rows(String resource) {
    String path = "/vnie/" + resource;
    try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8)).stream()
          .map(Line::cells)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  /** The lines of a data file that hold an entry, with their numbers. */
  public static List<Line> read(Reader text) throws IOException {
    BufferedReader reader = new BufferedReader(text);
    List<Line> lines = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      // A '#' starts a comment only at the start or after white space, so entries may hold '#'.
      if (hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1)))) {
        line = line.substring(0, hash);
      }
      line = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.strip());
      }
      lines.add(new Line(number, cells));
    }
    return List.copyOf(lines);
  }
}
