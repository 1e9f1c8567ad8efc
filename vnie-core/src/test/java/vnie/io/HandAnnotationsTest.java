package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's own hand annotations follow the guidelines, as check_brat.py checks them. */
class HandAnnotationsTest {
  @Test
  void everyCorpusTextHasAValidAnnotation() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(texts.isEmpty());
    List<BratProblem> problems = new ArrayList<>();
    for (Path txt : texts) {
      String name = txt.getFileName().toString().replace(".txt", ".ann");
      problems.addAll(BratValidator.check(txt, Path.of("annotations", name)));
    }
    assertEquals(List.of(), problems);
  }
}
