package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.ner.NameModel;

class TrainNerCommandTest {
  @TempDir Path dir;

  private Path writeSample() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path gold = Files.createDirectories(dir.resolve("annotations"));
    String[] names = {"Brandt", "Moreau", "Novak"};
    for (int i = 0; i < names.length; i++) {
      String text = "Trung úy " + names[i] + " đến Huế năm 1950.";
      Files.writeString(corpus.resolve("d" + i + ".txt"), text);
      int p = text.indexOf(names[i]);
      int h = text.indexOf("Huế");
      Files.writeString(
          gold.resolve("d" + i + ".ann"),
          "T1\tRANK 0 8\tTrung úy\n"
              + ("T2\tPERSON " + p + " " + (p + names[i].length()) + "\t" + names[i] + "\n")
              + ("T3\tLOCATION " + h + " " + (h + 3) + "\tHuế\n")
              + ("T4\tDATE " + (h + 4) + " " + (h + 12) + "\tnăm 1950\n#1\tValue T4\t1950\n"));
    }
    return gold;
  }

  @Test
  void trainsAModelFromBratFiles() throws Exception {
    Path gold = writeSample();
    Path out = dir.resolve("models");

    int exit = Main.run("train", "ner", "--gold", gold.toString(), "--out", out.toString());

    assertEquals(0, exit);
    assertTrue(Files.size(out.resolve(NameModel.FILE_NAME)) > 0);
  }

  @Test
  void crossValidatesByDocumentAndWritesNoModel() throws Exception {
    Path gold = writeSample();
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = Main.run("train", "ner", "--cross-validate", "3", "--gold", gold.toString());
    } finally {
      System.setOut(saved);
    }

    assertEquals(0, exit);
    String report = captured.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("3-fold cross-validation over 3 documents"), report);
    assertTrue(report.contains("== rules + model"), report);
    assertTrue(report.contains("strict   micro"), report);
    assertTrue(Files.notExists(dir.resolve("models")));
  }
}
