package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.Vnie;
import vnie.core.Document;
import vnie.model.ModelStore;

/** {@code vnie train segmenter|pos} write models that {@code --models} and the library then use. */
class TrainModelsCommandTest {
  @TempDir Path dir;

  @Test
  void trainedModelsAreReadFromAFolderAndMissingOnesFromTheShipped() throws IOException {
    String data = Treebanks.TINY.toString();
    CommandRun segmenter =
        CommandRun.of(
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
            "20");
    assertEquals(0, segmenter.exit(), segmenter.err());
    assertTrue(Files.isRegularFile(dir.resolve(ModelStore.SEGMENTER_FILE)));
    assertTrue(
        segmenter.out().contains("segmentation on test: P 100.00 R 100.00 F1 100.00"),
        segmenter.out());

    ModelStore store = ModelStore.folder(dir);
    assertNotSame(ModelStore.shipped().segmenter(), store.segmenter());
    assertSame(ModelStore.shipped().tagger(), store.tagger(), "no pos.bin in the folder");

    Document doc = Vnie.builder().models(dir).build().process("Binh sĩ Mỹ gặp quân đội Liên Xô.");
    assertEquals(
        List.of("Binh_sĩ/N", "Mỹ/NNP", "gặp/V", "quân_đội/N", "Liên_Xô/NNP", "./."),
        doc.sentences().get(0).words().stream().map(w -> w.form() + "/" + w.tag()).toList());

    CommandRun pos =
        CommandRun.of(
            "train",
            "pos",
            "--data",
            data,
            "--out",
            dir.toString(),
            "--eval",
            "test",
            "--iterations",
            "20");
    assertEquals(0, pos.exit(), pos.err());
    assertTrue(pos.out().contains("pos (XPOS): 8 sentences of train and 2 of dev"), pos.out());
    assertTrue(
        pos.out().contains("tagging on test: accuracy with gold words 100.00% (12/12)"), pos.out());
    assertNotSame(ModelStore.shipped().tagger(), ModelStore.folder(dir).tagger());
    Document tagged =
        Vnie.builder().models(dir).build().process("Trung úy chỉ huy đơn vị đến sông.");
    assertEquals(
        List.of("Trung_úy/N", "chỉ_huy/V", "đơn_vị/N", "đến/Pre", "sông/N", "./."),
        tagged.sentences().get(0).words().stream().map(w -> w.form() + "/" + w.tag()).toList());
  }

  @Test
  void trainingOnTheSplitThatIsScoredIsRefused() {
    int exit =
        CommandRun.of(
                "train",
                "segmenter",
                "--data",
                Treebanks.TINY.toString(),
                "--out",
                dir.toString(),
                "--on",
                "train,test",
                "--eval",
                "test")
            .exit();
    assertEquals(1, exit);
    assertTrue(!Files.exists(dir.resolve(ModelStore.SEGMENTER_FILE)));
  }
}
