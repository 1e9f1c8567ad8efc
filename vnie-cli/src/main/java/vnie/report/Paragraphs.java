package vnie.report;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Span;

/** Cuts a text into paragraphs at its line breaks (LF, CRLF or CR), as ranges of the text. */
final class Paragraphs {
  private Paragraphs() {}

  /** The ranges of the lines that hold more than white space, in text order, breaks left out. */
  static List<Span> of(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean atEnd = i == text.length();
      char c = atEnd ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!text.substring(start, i).isBlank()) {
          paragraphs.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    return paragraphs;
  }
}
