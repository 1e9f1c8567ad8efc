package vnie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.pipeline.Stage;

/** An error of the pipeline fails its document alone (issue #20, fault 1). */
class InputExtractionTest {
  /**
   * Throws what the document's text names, as the JVM would in the middle of the pipeline; it
   * refines the entities, so that it runs on every document read from a file.
   */
  private static final Stage THROWER =
      Stage.refining("thrower", Layer.ENTITIES, InputExtractionTest::throwWhatItNames);

  private static Document throwWhatItNames(Document document) {
    Supplier<Throwable> error =
        switch (document.text()) {
          case "heap" -> () -> new OutOfMemoryError("Java heap space (simulated)");
          case "wrapped heap" ->
              () -> new CompletionException(new OutOfMemoryError("GC overhead (simulated)"));
          case "stack" -> () -> new StackOverflowError();
          case "bug" -> () -> new AssertionError("a bug (simulated)");
          default -> () -> null;
        };
    Throwable thrown = error.get();
    if (thrown instanceof Error e) {
      throw e;
    }
    if (thrown instanceof RuntimeException e) {
      throw e;
    }
    return document;
  }

  private static final InputExtraction EXTRACTION =
      new InputExtraction(Vnie.builder().rulesOnly().add(THROWER).build(), 1000);

  private static String run(String text) {
    return EXTRACTION.run(
        () -> Document.of("d", text), doc -> "ok: " + doc.mentions().size(), reason -> reason);
  }

  @Test
  void eachErrorFailsItsDocumentWithAReasonAndTheNextDocumentRuns() {
    List<String> results =
        List.of("heap", "Hà Nội", "wrapped heap", "stack", "bug", "Hà Nội").stream()
            .map(InputExtractionTest::run)
            .toList();

    String outOfMemory = "processing ran out of memory (raise -Xmx or lower --max-doc-chars)";
    assertEquals(
        List.of(
            outOfMemory,
            "ok: 1",
            outOfMemory,
            "processing failed: too deeply nested for the stack (raise -Xss)",
            "processing failed: java.lang.AssertionError: a bug (simulated)",
            "ok: 1"),
        results);
  }
}
