package vnie.cli;

import vnie.cli.ExtractCommand.Format;
import vnie.core.Document;
import vnie.io.BratWriter;
import vnie.io.ConllWriter;
import vnie.io.ResultTable;
import vnie.serve.JsonLines;

/**
 * What {@code vnie extract} prints on standard output when it has no {@code --out}: one format, the
 * documents in input order. JSON Lines: one object a document; CSV: the header of one table, then
 * each document's rows; CoNLL: {@code # doc = NAME} before each document's columns; brat: the
 * {@code .ann} of one text.
 */
record PrintedResults(Format format, ResultTable table, boolean excel) {
  /** What comes before the first document. */
  String header() {
    return format == Format.csv ? table.head(excel) : "";
  }

  /** The printed results of one document. */
  String of(Document doc) {
    return switch (format) {
      case jsonl -> JsonLines.line(doc);
      case csv -> table.rows(doc);
      case conll -> "# doc = " + doc.id() + "\n" + ConllWriter.format(doc);
      case brat -> BratWriter.write(doc);
    };
  }
}
