package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vnie.Vnie;
import vnie.core.Document;
import vnie.model.ModelStore;

/** {@code vnie train segmenter|pos} write models that {@code --models} and the library then use. */
class TrainModelsCommandTest {
  @TempDir Path dir;

  @Test
  void trainedModelsAreReadFromAFolderAndMissingOnesFromTheShipped() throws IOException {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    String data = Treebanks.TINY.toString();
    assertEquals(
        0,
        cli.execute(
            "train",
            "segmenter",
            "--data",
            data,
            "--out",
            dir.toString(),
            "--on",
            "train",
            "--eval",
            "test",
            "--dictionary-folds",
            "1",
            "--iterations",
            "20"));
    assertTrue(Files.isRegularFile(dir.resolve(ModelStore.SEGMENTER_FILE)));
    assertTrue(
        out.toString().contains("segmentation on test: P 100.00 R 100.00 F1 100.00"),
        out.toString());

    ModelStore store = ModelStore.folder(dir);
    assertNotSame(ModelStore.shipped().segmenter(), store.segmenter());
    assertSame(ModelStore.shipped().tagger(), store.tagger(), "no pos.bin in the folder");

    Document doc = Vnie.builder().models(dir).build().process("Binh sĩ Mỹ gặp quân đội Liên Xô.");
    assertEquals(
        List.of("Binh_sĩ/N", "Mỹ/NNP", "gặp/V", "quân_đội/N", "Liên_Xô/NNP", "./."),
        doc.sentences().get(0).words().stream().map(w -> w.form() + "/" + w.tag()).toList());

    assertEquals(
        0,
        cli.execute(
            "train",
            "pos",
            "--data",
            data,
            "--out",
            dir.toString(),
            "--eval",
            "test",
            "--iterations",
            "20"));
    assertTrue(
        out.toString().contains("pos (XPOS): 8 sentences of train and 2 of dev"), out.toString());
    assertTrue(
        out.toString().contains("tagging on test: accuracy with gold words 100.00% (12/12)"),
        out.toString());
    assertNotSame(ModelStore.shipped().tagger(), ModelStore.folder(dir).tagger());
    Document tagged =
        Vnie.builder().models(dir).build().process("Trung úy chỉ huy đơn vị đến sông.");
    assertEquals(
        List.of("Trung_úy/N", "chỉ_huy/V", "đơn_vị/N", "đến/Pre", "sông/N", "./."),
        tagged.sentences().get(0).words().stream().map(w -> w.form() + "/" + w.tag()).toList());
  }

  @Test
  void trainingOnTheSplitThatIsScoredIsRefused() {
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit =
        cli.execute(
            "train",
            "segmenter",
            "--data",
            Treebanks.TINY.toString(),
            "--out",
            dir.toString(),
            "--on",
            "train,test",
            "--eval",
            "test");
    assertEquals(1, exit);
    assertTrue(!Files.exists(dir.resolve(ModelStore.SEGMENTER_FILE)));
  }
}
