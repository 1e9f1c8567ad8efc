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

    CommandRun run =
        CommandRun.of("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--errors");

    assertEquals(0, run.exit());
    assertTrue(
        run.outLines().contains("strict   micro         2     1     2  0.667  0.500  0.571\n"),
        run.out());
    String scores = Files.readString(pred.resolve("scores.csv"));
    assertTrue(scores.contains("strict,micro,2,1,2,0.667,0.500,0.571"), scores);
    assertTrue(scores.contains("overlap,micro,3,0,1,1.000,0.750,0.857"), scores);
    String errors = Files.readString(pred.resolve("score-errors.csv"));
    assertTrue(errors.contains("FALSE_NEGATIVE,PERSON,6,10,Giáp"), errors);
  }

  @Test
  void scoresRelationsTriggersAndArgumentsFromTheCsvTables() throws IOException {
    String text = "Tướng Giáp gặp quân Lào ở Hà Nội.";
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path gold = Files.createDirectories(dir.resolve("annotations"));
    Path pred = dir.resolve("pred");
    Files.writeString(corpus.resolve("d.txt"), text);
    Files.writeString(
        gold.resolve("d.ann"),
        "T1\tRANK 0 5\tTướng\nT2\tPERSON 6 10\tGiáp\nT3\tLOCATION 20 23\tLào\n"
            + "T4\tLOCATION 26 32\tHà Nội\nT5\tMeet 11 14\tgặp\n"
            + "R1\tHasRank Arg1:T2 Arg2:T1\n"
            + "E1\tMeet:T5 Participant:T2 Participant2:T3 Place:T4\n");
    assertEquals(
        0,
        CommandRun.of(
                "extract",
                corpus.toString(),
                "--entities",
                gold.toString(),
                "--out",
                pred.toString())
            .exit());

    int exit =
        CommandRun.of("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--errors")
            .exit();

    assertEquals(0, exit);
    String scores = Files.readString(pred.resolve("scores.csv"));
    assertTrue(scores.contains("\r\nrelation,HasRank,1,0,0,1.000,1.000,1.000\r\n"), scores);
    assertTrue(scores.contains("\r\ntrigger,Meet,1,0,0,1.000,1.000,1.000\r\n"), scores);
    assertTrue(scores.contains("\r\nargument,micro,3,0,0,1.000,1.000,1.000\r\n"), scores);
    assertEquals(
        "doc,level,kind,label,start,end,text,context\r\n",
        Files.readString(pred.resolve("relation-event-errors.csv")));
  }
}
