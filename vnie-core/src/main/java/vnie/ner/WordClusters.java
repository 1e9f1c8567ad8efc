package vnie.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes learned from raw text ({@code vnie train clusters}): for each syllable form, its
 * class at one or more granularities (for example 64 and 512 classes). A feature of the entity
 * model: a name the training data never showed shares a class with names it did. Immutable.
 *
 * <p>File format ({@code models/clusters.tsv}): comment lines start with {@code #}; the line {@code
 * #classes<TAB>64<TAB>512} names the granularities; then one form a line with its class under each
 * granularity, tab-separated.
 */
public final class WordClusters {
  /** The name of the file in a models folder and in the jar. */
  public static final String FILE_NAME = "clusters.tsv";

  private static final WordClusters NONE = new WordClusters(List.of(), Map.of());

  private final List<Integer> granularities;
  private final Map<String, String[]> classes;

  private WordClusters(List<Integer> granularities, Map<String, String[]> classes) {
    this.granularities = List.copyOf(granularities);
    this.classes = classes;
  }

  /** No clusters: every form is unknown. */
  public static WordClusters none() {
    return NONE;
  }

  /** The clusters of {@code forms} (form → class per granularity). */
  public static WordClusters of(List<Integer> granularities, Map<String, int[]> forms) {
    Map<String, String[]> classes = new HashMap<>();
    forms.forEach(
        (form, ids) -> {
          String[] names = new String[ids.length];
          for (int g = 0; g < ids.length; g++) {
            names[g] = Integer.toString(ids[g]);
          }
          classes.put(form, names);
        });
    return new WordClusters(granularities, Map.copyOf(classes));
  }

  /** How many granularities each form has. */
  public int levels() {
    return granularities.size();
  }

  /** The granularities, e.g. {@code [64, 512]}. */
  public List<Integer> granularities() {
    return granularities;
  }

  /** The class of {@code form} at granularity {@code level}, or {@code null} when unknown. */
  public String classOf(String form, int level) {
    String[] c = classes.get(form);
    return c == null ? null : c[level];
  }

  /** The number of forms with a class. */
  public int size() {
    return classes.size();
  }

  /** Reads a clusters file. */
  public static WordClusters read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Reads a clusters file from {@code in}; {@code name} is for messages. */
  public static WordClusters read(InputStream in, String name) throws IOException {
    List<Integer> granularities = new ArrayList<>();
    Map<String, String[]> classes = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("#classes\t")) {
        for (String g : line.substring("#classes\t".length()).split("\t")) {
          granularities.add(Integer.parseInt(g));
        }
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (granularities.isEmpty() || fields.length != granularities.size() + 1) {
        throw new IOException(
            name
                + ":"
                + lineNumber
                + ": expected a form and "
                + granularities.size()
                + " classes after a #classes line, found: "
                + line);
      }
      String[] ids = new String[granularities.size()];
      System.arraycopy(fields, 1, ids, 0, ids.length);
      classes.put(fields[0], ids);
    }
    return new WordClusters(granularities, Map.copyOf(classes));
  }

  /** Writes the clusters in the file format, forms sorted, with {@code comment} at the top. */
  public void write(Path file, String comment) throws IOException {
    List<String> forms = new ArrayList<>(classes.keySet());
    forms.sort(null);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# " + comment + "\n");
      out.write("#classes");
      for (int g : granularities) {
        out.write("\t" + g);
      }
      out.write("\n");
      for (String form : forms) {
        out.write(form + "\t" + String.join("\t", classes.get(form)) + "\n");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
