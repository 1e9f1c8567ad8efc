package vnie.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.ner.WordClusters;

class WordClusterTrainerTest {
  @TempDir Path dir;

  /** Places follow "tại" and people follow "tướng": two classes should tell them apart. */
  @Test
  void wordsOfTheSameContextsShareAClassAndOthersDoNot() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] places = {"Huế", "Vinh", "Hà", "Đà"};
    String[] people = {"Giáp", "Lee", "Grant", "Zhukov"};
    for (int i = 0; i < 30; i++) {
      text.append("quân đến tại ").append(places[i % 4]).append(" .\n");
      text.append("tướng ").append(people[i % 4]).append(" đến .\n");
    }
    Files.writeString(dir.resolve("a.txt"), text);

    Map<String, int[]> clusters =
        new WordClusterTrainer().train(dir, new WordClusterTrainer.Options(List.of(4), 10, 5));

    int place = clusters.get("Huế")[0];
    int person = clusters.get("Giáp")[0];
    for (String p : places) {
      assertEquals(place, clusters.get(p)[0], p);
    }
    for (String p : people) {
      assertEquals(person, clusters.get(p)[0], p);
    }
    assertNotEquals(place, person);
    Map<String, int[]> again =
        new WordClusterTrainer().train(dir, new WordClusterTrainer.Options(List.of(4), 10, 5));
    assertEquals(render(clusters), render(again));
  }

  private static String render(Map<String, int[]> clusters) {
    StringBuilder out = new StringBuilder();
    clusters.forEach((form, ids) -> out.append(form).append(java.util.Arrays.toString(ids)));
    return out.toString();
  }

  @Test
  void theClustersFileRoundTrips() throws IOException {
    WordClusters clusters =
        WordClusters.of(List.of(2, 8), Map.of("Huế", new int[] {1, 7}, "tại", new int[] {0, 3}));
    Path file = dir.resolve("clusters.tsv");

    clusters.write(file, "test");
    WordClusters read = WordClusters.read(file);

    assertEquals("# test\n#classes\t2\t8\nHuế\t1\t7\ntại\t0\t3\n", Files.readString(file));
    assertEquals(List.of(2, 8), read.granularities());
    assertEquals("7", read.classOf("Huế", 1));
    assertEquals(null, read.classOf("Vinh", 0));
  }
}
