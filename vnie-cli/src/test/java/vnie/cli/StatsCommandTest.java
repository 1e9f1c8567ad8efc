package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
  @TempDir Path dir;

  @Test
  void countsEachSplitFolderAndTheWholeCorpus() throws IOException {
    write(
        "train/a",
        "Tướng Giáp tấn công Huế.",
        "T1\tRANK 0 5\tTướng\nT2\tPERSON 6 10\tGiáp\nT3\tLOCATION 20 23\tHuế\n"
            + "T4\tAttack 11 19\ttấn công\nR1\tHasRank Arg1:T2 Arg2:T1\n"
            + "E1\tAttack:T4 Attacker:T2 Place:T3\n");
    write("test/b", "Năm 1954.", "T1\tDATE 0 8\tNăm 1954\n#1\tValue T1\t1954\n");
    write("seed", "Huế.", "T1\tLOCATION 0 3\tHuế\n");

    CommandRun run = CommandRun.of("stats", "--gold", dir.resolve("annotations").toString());

    assertEquals(0, run.exit());
    assertEquals(
        "| split | documents | characters | mentions | PERSON | RANK | UNIT | LOCATION | DATE |"
            + " relations | HasRank | Commands | events | Meet | Attack | Move | Capture |"
            + " Surrender | Death | arguments |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
            + "---:|---:|---:|---:|\n"
            + "| test | 1 | 9 | 1 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
            + "| top-level | 1 | 4 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0"
            + " | 0 |\n"
            + "| train | 1 | 24 | 3 | 1 | 1 | 0 | 1 | 0 | 1 | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0"
            + " | 2 |\n"
            + "| all | 3 | 37 | 5 | 1 | 1 | 0 | 2 | 1 | 1 | 1 | 0 | 1 | 0 | 1 | 0 | 0 | 0 | 0 |"
            + " 2 |\n",
        run.outLines());
  }

  private void write(String name, String text, String ann) throws IOException {
    TrainingSample.writeDocument(dir, name, text, ann);
  }
}
