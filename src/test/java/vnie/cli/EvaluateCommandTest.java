package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  @TempDir Path dir;

  @Test
  void scoresBratPredictionsAgainstGoldAndWritesCsv() throws IOException {
    String text = "Tướng Giáp ở Hà Nội năm 1954.";
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path gold = Files.createDirectories(dir.resolve("annotations"));
    Path pred = Files.createDirectories(dir.resolve("pred"));
    Files.writeString(corpus.resolve("d.txt"), text);
    Files.writeString(
        gold.resolve("d.ann"),
        "T1\tRANK 0 5\tTướng\nT2\tPERSON 6 10\tGiáp\nT3\tLOCATION 13 19\tHà Nội\n"
            + "T4\tDATE 20 28\tnăm 1954\n#1\tValue T4\t1954\n");
    Files.writeString(
        pred.resolve("d.ann"),
        "T1\tRANK 0 5\tTướng\nT2\tLOCATION 13 19\tHà Nội\nT3\tDATE 24 28\t1954\n"
            + "#1\tValue T3\t1954\n");

    int exit =
        Main.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--errors");

    assertEquals(0, exit);
    String scores = Files.readString(pred.resolve("scores.csv"));
    assertTrue(scores.contains("strict,micro,2,1,2,0.667,0.500,0.571"), scores);
    assertTrue(scores.contains("overlap,micro,3,0,1,1.000,0.750,0.857"), scores);
    String errors = Files.readString(pred.resolve("score-errors.csv"));
    assertTrue(errors.contains("FALSE_NEGATIVE,PERSON,6,10,Giáp"), errors);
  }
}
