package vnie.serve;

import vnie.core.Document;

/**
 * JSON Lines for the command line ({@code vnie extract --format jsonl}): one processed document a
 * line, in the JSON of the server's answers, so there is one JSON writer. Stateless.
 */
public final class JsonLines {
  private JsonLines() {}

  /** The line of {@code doc} (see {@code docs/json.md}), ending with a line feed. */
  public static String line(Document doc) {
    return DocumentJson.line(doc);
  }
}
