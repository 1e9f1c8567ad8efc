package vnie.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vnie.InputExtraction;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.io.BratWriter;
import vnie.io.ConllWriter;
import vnie.io.ConlluWriter;
import vnie.io.ResultTable;

/** Reads, processes and renders one input on a worker thread; keeps no state between inputs. */
// The tables form a fixed, ordered set (ResultTable); indexing per-table arrays by ordinal keeps
// the journal and the row buffers as plain arrays in table order.
@SuppressWarnings("EnumOrdinal")
final class DocumentWorker {
  private final InputExtraction extraction;
  private final DocumentSource source;
  private final BatchOptions options;

  DocumentWorker(Vnie vnie, DocumentSource source, BatchOptions options) {
    this.extraction = new InputExtraction(vnie, options.maxDocumentChars());
    this.source = source;
    this.options = options;
  }

  /** The rows of {@code input}, or its error row; never throws for a bad input. */
  Rendered process(Input input) {
    Path file = input.file();
    return extraction.run(
        () -> source.read(file, input.name()),
        doc -> render(file, doc),
        reason -> failure(file, reason));
  }

  /** A result and the per-document files to write with it. */
  record Rendered(DocumentResult result, Map<String, String> sideFiles) {}

  private Rendered render(Path file, Document doc) {
    byte[][] rows = new byte[ResultTable.values().length][];
    for (ResultTable t : ResultTable.values()) {
      rows[t.ordinal()] = t.rows(doc).getBytes(StandardCharsets.UTF_8);
    }
    Map<String, String> sideFiles = new LinkedHashMap<>();
    if (options.brat()) {
      sideFiles.put(doc.id() + ".ann", BratWriter.write(doc));
      sideFiles.put(doc.id() + ".txt", doc.text());
    }
    if (options.conll()) {
      sideFiles.put(doc.id() + ".conll", ConllWriter.format(doc));
    }
    if (options.conllu()) {
      sideFiles.put(doc.id() + ".conllu", ConlluWriter.format(doc));
    }
    long words = 0;
    for (Sentence s : doc.sentences()) {
      words += s.words().size();
    }
    DocumentResult result =
        new DocumentResult(
            file,
            doc.id(),
            rows,
            null,
            words,
            doc.mentions().size(),
            doc.relations().size(),
            doc.events().size());
    return new Rendered(result, sideFiles);
  }

  /** The error row of an input that failed. */
  static Rendered failure(Path file, String reason) {
    byte[][] rows = new byte[ResultTable.values().length][];
    for (ResultTable t : ResultTable.values()) {
      rows[t.ordinal()] = new byte[0];
    }
    rows[ResultTable.ERRORS.ordinal()] =
        ResultTable.errorRow(file.toString(), reason).getBytes(StandardCharsets.UTF_8);
    return new Rendered(new DocumentResult(file, null, rows, reason, 0, 0, 0, 0), Map.of());
  }
}
