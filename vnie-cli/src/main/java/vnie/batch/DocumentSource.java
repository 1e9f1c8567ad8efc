package vnie.batch;

import java.nio.file.Path;
import vnie.core.Document;
import vnie.io.InputFileException;

/** Reads one input file into a document (plain text, VnCoreNLP output, …). */
@FunctionalInterface
public interface DocumentSource {
  /** The document in {@code file}, named {@code name}; a bad file throws with the reason. */
  Document read(Path file, String name) throws InputFileException;
}
