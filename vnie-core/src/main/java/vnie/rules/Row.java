package vnie.rules;

import java.util.List;

/**
 * A line of a rule file that holds an entry.
 *
 * @param file where the line was read: the file's path in the pack ({@code ner/ranks.tsv}) when it
 *     is the shipped one, the path in the user's folder otherwise
 * @param line the line's number, from 1
 * @param cells the tab-separated cells, trimmed and in NFC; at least the file's required columns
 */
public record Row(String file, int line, List<String> cells) {
  public Row {
    cells = List.copyOf(cells);
  }

  /** The cell of column {@code i} (from 0), or {@code ""} when the row has no such column. */
  public String get(int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  /** {@code file:line}, for messages. */
  public String where() {
    return file + ":" + line;
  }
}
