package vnie.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vnie.core.Token;
import vnie.text.Tokenizer;

/**
 * Learns {@link vnie.ner.WordClusters} from a folder of raw Vietnamese text: every {@code .txt}
 * file is tokenized into syllables as the pipeline does, each line is a sequence, and the forms
 * that occur at least {@code minCount} times are clustered by {@link ExchangeClustering}, once for
 * each requested number of classes. Forms keep their case ({@code Đức} the country, {@code đức}
 * virtue). Deterministic for the same files.
 */
public final class WordClusterTrainer {
  /** A trainer; it keeps nothing between calls of {@link #train}. */
  public WordClusterTrainer() {}

  /** How the clusters are learned. */
  public record Options(List<Integer> classCounts, int iterations, int minCount) {
    public Options {
      classCounts = List.copyOf(classCounts);
      if (classCounts.isEmpty() || classCounts.stream().anyMatch(c -> c < 2)) {
        throw new IllegalArgumentException("give one or more class counts of at least 2");
      }
      if (iterations < 1 || minCount < 1) {
        throw new IllegalArgumentException("iterations and the minimum count must be positive");
      }
    }

    public static Options defaults() {
      return new Options(List.of(64, 512), 12, 5);
    }
  }

  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * The clusters of the text files under {@code folder}: for each kept form, its class under each
   * class count of {@code options}, in that order.
   */
  public Map<String, int[]> train(Path folder, Options options) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> forms = new ArrayList<>();
    IntList sequence = new IntList();
    for (Path file : textFiles(folder)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        sequence.add(-1);
        for (Token t : tokenizer.tokenize(line)) {
          Integer id = ids.get(t.form());
          if (id == null) {
            id = forms.size();
            ids.put(t.form(), id);
            forms.add(t.form());
          }
          sequence.add(id);
        }
      }
    }
    int[] rawCounts = new int[forms.size()];
    for (int i = 0; i < sequence.size(); i++) {
      if (sequence.get(i) >= 0) {
        rawCounts[sequence.get(i)]++;
      }
    }
    // Kept forms get ids 0..kept-1 in form order; the rare forms share one id, the line start
    // another (a predecessor only).
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < forms.size(); f++) {
      if (rawCounts[f] >= options.minCount()) {
        kept.add(forms.get(f));
      }
    }
    kept.sort(null);
    Map<String, Integer> keptIds = new HashMap<>();
    for (int k = 0; k < kept.size(); k++) {
      keptIds.put(kept.get(k), k);
    }
    int rare = kept.size();
    int lineStart = rare + 1;
    int[] remap = new int[forms.size()];
    for (int f = 0; f < forms.size(); f++) {
      remap[f] = keptIds.getOrDefault(forms.get(f), rare);
    }
    int words = rare + 1;
    int predecessorIds = lineStart + 1;
    long[] pairs = new long[sequence.size()];
    int pairCount = 0;
    int[] wordCounts = new int[words];
    int previous = lineStart;
    for (int i = 0; i < sequence.size(); i++) {
      int raw = sequence.get(i);
      if (raw < 0) {
        previous = lineStart;
        continue;
      }
      int w = remap[raw];
      wordCounts[w]++;
      pairs[pairCount++] = (long) w * predecessorIds + previous;
      previous = w;
    }
    long[] sorted = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(sorted);
    int[][] predecessors = new int[words][];
    int[][] pairCounts = new int[words][];
    int i = 0;
    for (int w = 0; w < words; w++) {
      IntList preds = new IntList();
      IntList counts = new IntList();
      while (i < sorted.length && sorted[i] / predecessorIds == w) {
        long key = sorted[i];
        int n = 0;
        while (i < sorted.length && sorted[i] == key) {
          n++;
          i++;
        }
        preds.add((int) (key % predecessorIds));
        counts.add(n);
      }
      predecessors[w] = preds.toArray();
      pairCounts[w] = counts.toArray();
    }
    Map<String, int[]> clusters = new TreeMap<>();
    for (String form : kept) {
      clusters.put(form, new int[options.classCounts().size()]);
    }
    for (int c = 0; c < options.classCounts().size(); c++) {
      int[] classOf =
          ExchangeClustering.cluster(
              wordCounts,
              predecessors,
              pairCounts,
              predecessorIds,
              options.classCounts().get(c),
              options.iterations());
      for (int k = 0; k < kept.size(); k++) {
        clusters.get(kept.get(k))[c] = classOf[k];
      }
    }
    return clusters;
  }

  private static List<Path> textFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("the text folder " + folder + " does not exist or is not a folder");
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".txt"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new IOException("no .txt file under " + folder);
      }
      return files;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A growable list of ints, to hold millions of token ids without boxing. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
