package vnie.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.Vnie;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.text.Tokenizer;

class ModelStoreTest {
  @TempDir Path dir;

  private static List<String> words(ModelStore store, String text) {
    return store.segmenter().segment(new Sentence(0, new Tokenizer().tokenize(text))).stream()
        .map(Word::form)
        .toList();
  }

  @Test
  void shippedModelsComeFromTheClassPathAndAreLoadedOnce() {
    assertSame(ModelStore.shipped().segmenter(), ModelStore.shipped().segmenter());
    assertSame(ModelStore.shipped().tagger(), ModelStore.shipped().tagger());
    assertTrue(
        ModelStore.class.getResource("/vnie/models/" + ModelStore.SEGMENTER_FILE) != null,
        "the build packages models/ under vnie/models/");
    assertEquals(
        List.of("Quân_đội", "Liên_Xô", "đã", "tiến", "đến", "sông", "Elbe", "."),
        words(ModelStore.shipped(), "Quân đội Liên Xô đã tiến đến sông Elbe."));
  }

  @Test
  void aMissingFolderIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Vnie.builder().models(dir.resolve("nowhere")).build());
    assertTrue(e.getMessage().startsWith("models folder not found: "), e.getMessage());
  }

  @Test
  void aModelsFolderWithOnlyAWordListAddsItToTheShippedSegmenter() throws IOException {
    String text = "Quân Giải phóng tiến vào Sài Gòn.";
    Files.writeString(dir.resolve(ModelStore.USER_WORDS_FILE), "Quân Giải phóng\n");
    List<String> shipped = words(ModelStore.shipped(), text);
    List<String> withWords = words(ModelStore.folder(dir), text);
    assertTrue(withWords.contains("Quân_Giải_phóng"), withWords.toString());
    assertTrue(!shipped.contains("Quân_Giải_phóng"), shipped.toString());
  }
}
