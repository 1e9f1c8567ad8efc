package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The project's own hand annotations follow the guidelines, as check_brat.py checks them: every
 * text under {@code corpus/} (the seed and the train, dev and test splits) has its annotation at
 * the same path under {@code annotations/}, and none has a problem.
 */
class HandAnnotationsTest {
  @Test
  void everyCorpusTextHasAValidAnnotation() throws IOException {
    AnnotatedCorpus corpus = AnnotatedCorpus.find(Path.of("annotations"), Path.of("corpus"));
    assertTrue(corpus.pairs().size() >= 1, "no annotated text under corpus/");
    List<String> problems = new ArrayList<>();
    corpus.textsWithoutAnnotation().forEach(p -> problems.add(p + ": no annotation"));
    corpus.annotationsWithoutText().forEach(p -> problems.add(p + ": no text"));
    for (AnnotatedCorpus.Pair pair : corpus.pairs()) {
      BratValidator.check(pair.text(), pair.annotation()).forEach(p -> problems.add(p.toString()));
    }
    assertEquals(List.of(), problems);
  }

  /** vnie evaluate and vnie report tell documents apart by file name, across the splits too. */
  @Test
  void passageNamesAreUniqueAcrossTheSplits() throws IOException {
    AnnotatedCorpus corpus = AnnotatedCorpus.find(Path.of("annotations"), Path.of("corpus"));
    Map<String, List<Path>> byName = new TreeMap<>();
    for (AnnotatedCorpus.Pair pair : corpus.pairs()) {
      String name = pair.text().getFileName().toString();
      byName.computeIfAbsent(name, n -> new ArrayList<>()).add(pair.text());
    }
    byName.values().removeIf(paths -> paths.size() == 1);
    assertEquals(Map.of(), byName);
  }
}
