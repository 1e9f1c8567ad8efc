package vnie.cli;

import java.util.List;
import vnie.cli.ExtractCommand.Format;
import vnie.core.Document;
import vnie.io.BratWriter;
import vnie.io.ConllWriter;
import vnie.io.ConlluWriter;
import vnie.io.ResultTable;
import vnie.serve.JsonLines;

/**
 * What {@code vnie extract} prints on standard output when it has no {@code --out}: one format, the
 * documents in input order. JSON Lines: one object a document; CSV: the header of one table, then
 * each document's rows; CoNLL: {@code # doc = NAME} before each document's columns; CoNLL-U: each
 * document's sentences, which name it ({@code # newdoc id = NAME}); brat: the {@code .ann} of one
 * text.
 */
record PrintedResults(Format format, ResultTable table, boolean excel) {
  /**
   * What to print for the options of a run without --out; refuses (as bad usage) what standard
   * output cannot take.
   */
  static PrintedResults choose(
      List<Format> formats, String table, boolean excel, ExtractInputs given, boolean resume) {
    if (resume) {
      throw new BadUsageException("--resume continues a run that writes to --out; give --out DIR");
    }
    if (formats.size() > 1) {
      throw new BadUsageException(
          "standard output takes one --format, not "
              + formats.size()
              + "; give one, or --out DIR to write several");
    }
    Format format = formats.isEmpty() ? Format.jsonl : formats.get(0);
    if (format == Format.brat && !given.textsOnly()) {
      throw new BadUsageException(
          "--format brat prints the .ann of one text (- or --text); for files give --out DIR,"
              + " which writes NAME.ann and NAME.txt beside the tables");
    }
    if (format == Format.brat && given.givenTextCount() > 1) {
      throw new BadUsageException(
          "--format brat prints the .ann of one text; give - or --text, not both");
    }
    ResultTable chosen =
        ResultTable.FINDINGS.stream()
            .filter(t -> t.baseName().equals(table))
            .findFirst()
            .orElseThrow(
                () ->
                    new BadUsageException(
                        "--table "
                            + table
                            + " is not a table; give one of entities, relations, events,"
                            + " event_arguments, persons"));
    return new PrintedResults(format, chosen, excel);
  }

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
      case conllu -> ConlluWriter.format(doc);
      case brat -> BratWriter.write(doc);
    };
  }
}
