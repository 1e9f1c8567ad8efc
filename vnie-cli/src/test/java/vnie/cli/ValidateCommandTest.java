package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validAnnotationsInSplitFoldersPassWithExitZero() throws IOException {
    write(
        "train/a",
        "Tướng Giáp ở Huế.",
        "T1\tRANK 0 5\tTướng\nT2\tPERSON 6 10\tGiáp\n"
            + "T3\tLOCATION 13 16\tHuế\nR1\tHasRank Arg1:T2 Arg2:T1\n");
    write("test/b", "Năm 1954.", "T1\tDATE 0 8\tNăm 1954\n#1\tValue T1\t1954\n");

    CommandRun result = validate();

    assertEquals(0, result.exit());
    assertEquals("2 documents, 4 entities, 0 problems\n", result.outLines());
  }

  @Test
  void everyProblemIsListedWithItsFileAndLineAndTheExitCodeIsOne() throws IOException {
    write("train/a", "Tướng Giáp ở Huế.", "T1\tPERSON 5 10\t Giáp\nT2\tDATE 13 16\tHuế\n");
    Files.writeString(dir.resolve("corpus/train/unannotated.txt"), "Huế.");

    CommandRun result = validate();

    assertEquals(1, result.exit());
    assertEquals(
        dir.resolve("corpus/train/unannotated.txt")
            + ": no annotation file (expected the .ann at the same path under "
            + dir.resolve("annotations")
            + ")\n"
            + "train/a.ann:1: T1 ' Giáp' starts or ends with space or punctuation\n"
            + "train/a.ann:2: T2 DATE without a Value note\n"
            + "1 document, 2 entities, 3 problems\n",
        result.outLines());
  }

  @Test
  void aGoldFolderWithNothingInItIsAFailure() throws IOException {
    Files.createDirectories(dir.resolve("annotations"));
    Files.createDirectories(dir.resolve("corpus"));

    CommandRun result = validate();

    assertEquals(1, result.exit());
    assertEquals(
        "0 documents, 0 entities, 0 problems\nvnie: no annotated document found under "
            + dir.resolve("annotations")
            + " with texts under "
            + dir.resolve("corpus")
            + "\n",
        result.outLines());
  }

  private void write(String name, String text, String ann) throws IOException {
    TrainingSample.writeDocument(dir, name, text, ann);
  }

  private CommandRun validate() {
    return CommandRun.of("validate", "--gold", dir.resolve("annotations").toString());
  }
}
