package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedCorpusTest {
  @TempDir Path dir;

  @Test
  void pairsTextsAndAnnotationsByRelativePathAndListsTheUnpaired() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path gold = dir.resolve("annotations");
    write(corpus.resolve("train/a.txt"), gold.resolve("train/a.ann"));
    write(corpus.resolve("test/b.txt"), gold.resolve("test/b.ann"));
    write(corpus.resolve("seed.txt"), gold.resolve("seed.ann"));
    Files.writeString(corpus.resolve("test/unannotated.txt"), "x");
    Files.writeString(gold.resolve("train/orphan.ann"), "");

    AnnotatedCorpus found = AnnotatedCorpus.find(gold, corpus);

    assertEquals(
        List.of("seed", "test/b", "train/a"),
        found.pairs().stream().map(AnnotatedCorpus.Pair::name).toList());
    assertEquals(
        List.of("", "test", "train"),
        found.pairs().stream().map(AnnotatedCorpus.Pair::group).toList());
    assertEquals("b", found.pairs().get(1).id());
    assertEquals(corpus.resolve("test/b.txt"), found.pairs().get(1).text());
    assertEquals(List.of(corpus.resolve("test/unannotated.txt")), found.textsWithoutAnnotation());
    assertEquals(List.of(gold.resolve("train/orphan.ann")), found.annotationsWithoutText());
  }

  @Test
  void theTextsOfASplitFolderAreTheSameSplitUnderCorpus() throws IOException {
    write(dir.resolve("corpus/test/b.txt"), dir.resolve("annotations/test/b.ann"));

    assertEquals(
        dir.resolve("corpus/test"),
        AnnotatedCorpus.defaultTextDir(dir.resolve("annotations/test")));
    assertEquals(dir.resolve("corpus"), AnnotatedCorpus.defaultTextDir(dir.resolve("annotations")));
  }

  @Test
  void textsBesideTheAnnotationsAreTakenFromThere() throws IOException {
    write(dir.resolve("out/b.txt"), dir.resolve("out/b.ann"));
    Files.createDirectories(dir.resolve("corpus"));

    assertEquals(dir.resolve("out"), AnnotatedCorpus.defaultTextDir(dir.resolve("out")));
  }

  @Test
  void aMissingFolderIsNamedInTheError() {
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> AnnotatedCorpus.find(dir.resolve("nope"), dir));
    assertEquals(
        "the annotation folder " + dir.resolve("nope") + " does not exist or is not a folder",
        e.getMessage());
  }

  private static void write(Path txt, Path ann) throws IOException {
    Files.createDirectories(txt.getParent());
    Files.createDirectories(ann.getParent());
    Files.writeString(txt, "Huế.");
    Files.writeString(ann, "T1\tLOCATION 0 3\tHuế\n");
  }
}
