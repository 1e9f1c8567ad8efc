package vnie.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.io.BratWriter;
import vnie.io.ConllWriter;
import vnie.io.EntityCsv;
import vnie.io.EventCsv;
import vnie.io.InputFileException;
import vnie.io.PersonCsv;
import vnie.io.RelationCsv;

/** Reads, processes and renders one input on a worker thread; keeps no state between inputs. */
// The tables form a fixed, ordered set (Table); indexing per-table arrays by ordinal keeps the
// journal and the row buffers as plain arrays in table order.
@SuppressWarnings("EnumOrdinal")
final class DocumentWorker {
  /** A rendered per-document file (brat, CoNLL), written by the writer thread. */
  record SideFile(String name, String content) {}

  private final Vnie vnie;
  private final DocumentSource source;
  private final BatchOptions options;

  DocumentWorker(Vnie vnie, DocumentSource source, BatchOptions options) {
    this.vnie = vnie;
    this.source = source;
    this.options = options;
  }

  /** The rows of {@code file}, or its error row; never throws for a bad input. */
  Rendered process(Path file) {
    try {
      Document read = source.read(file);
      if (read.text().length() > options.maxDocumentChars()) {
        return failure(
            file,
            "document too long: "
                + read.text().length()
                + " characters, the limit is "
                + options.maxDocumentChars()
                + " (--max-doc-chars)");
      }
      return render(file, vnie.complete(read));
    } catch (InputFileException e) {
      return failure(file, e.reason());
    } catch (RuntimeException e) {
      return failure(file, "processing failed: " + e);
    } catch (OutOfMemoryError e) { // NOPMD: the document's memory is free again once it fails
      return failure(file, "processing ran out of memory (raise -Xmx or lower --max-doc-chars)");
    }
  }

  /** A result and the per-document files to write with it. */
  record Rendered(DocumentResult result, Map<String, String> sideFiles) {}

  private Rendered render(Path file, Document doc) {
    byte[][] rows = new byte[Table.values().length][];
    rows[Table.ENTITIES.ordinal()] = rows(p -> EntityCsv.writeRows(doc, p));
    rows[Table.RELATIONS.ordinal()] = rows(p -> RelationCsv.writeRows(doc, p));
    rows[Table.EVENTS.ordinal()] = rows(p -> EventCsv.writeEventRows(doc, p));
    rows[Table.EVENT_ARGUMENTS.ordinal()] = rows(p -> EventCsv.writeArgumentRows(doc, p));
    rows[Table.PERSONS.ordinal()] = rows(p -> PersonCsv.writeRows(doc, p));
    rows[Table.ERRORS.ordinal()] = new byte[0];
    Map<String, String> sideFiles = new LinkedHashMap<>();
    if (options.brat()) {
      sideFiles.put(doc.id() + ".ann", BratWriter.write(doc));
      sideFiles.put(doc.id() + ".txt", doc.text());
    }
    if (options.conll()) {
      sideFiles.put(doc.id() + ".conll", ConllWriter.format(doc));
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
    byte[][] rows = new byte[Table.values().length][];
    for (Table t : Table.values()) {
      rows[t.ordinal()] = new byte[0];
    }
    rows[Table.ERRORS.ordinal()] = rows(p -> p.printRecord(file.toString(), reason));
    return new Rendered(new DocumentResult(file, null, rows, reason, 0, 0, 0, 0), Map.of());
  }

  private interface RowWriter {
    void print(CSVPrinter printer) throws IOException;
  }

  private static byte[] rows(RowWriter writer) {
    try {
      StringWriter out = new StringWriter();
      CSVPrinter printer = ResultTables.rowPrinter(out);
      writer.print(printer);
      printer.flush();
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
  }
}
