package vnie.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the data files under {@code src/main/resources/vnie/}: one entry a line, {@code #} starts a
 * comment, blank lines are skipped, every entry is NFC so that it matches normalized text.
 */
public final class Lexicons {
  private Lexicons() {}

  /** The entries of a one-column file, in file order. */
  public static Set<String> lines(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> row : rows(resource)) {
      out.add(String.join("\t", row));
    }
    return out;
  }

  /** The rows of a tab-separated file, each row a list of trimmed cells. */
  public static List<List<String>> rows(String resource) {
    String path = "/vnie/" + resource;
    try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      List<List<String>> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
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
        rows.add(List.copyOf(cells));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
