package vnie.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;
import vnie.io.InputBytes;

/**
 * Finds input files that share a document name, which would make the ids of the tables ({@code R1},
 * {@code P1} …) ambiguous. As in {@code vnie extract}, the first file keeps the name and the others
 * are refused; first means first in path order.
 */
final class DuplicateNames {
  private DuplicateNames() {}

  /**
   * For each file whose document name a file before it has, that file. Reads the names only, never
   * the contents; a second pass over the few shared names finds their files.
   */
  static Map<String, String> find(JavaRDD<String> files) {
    Set<String> shared =
        new HashSet<>(
            files
                .mapToPair(file -> new Tuple2<>(InputBytes.documentId(file), 1L))
                .reduceByKey(Long::sum)
                .filter(count -> count._2() > 1)
                .keys()
                .collect());
    if (shared.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> filesByName = new HashMap<>();
    for (String file : files.filter(f -> shared.contains(InputBytes.documentId(f))).collect()) {
      filesByName.computeIfAbsent(InputBytes.documentId(file), n -> new ArrayList<>()).add(file);
    }
    Map<String, String> earlier = new HashMap<>();
    for (List<String> sameName : filesByName.values()) {
      sameName.sort(null);
      for (String later : sameName.subList(1, sameName.size())) {
        earlier.put(later, sameName.get(0));
      }
    }
    return earlier;
  }
}
