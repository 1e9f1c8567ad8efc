package vnie.report;

import java.util.Optional;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Relation;

/**
 * Checks that a document's spans fit its text: a table read back from disk may meet another text
 * than the one it was extracted from (an edited file, a wrong {@code --text} folder), and a report
 * must not highlight the wrong words. Stateless.
 */
public final class TextAgreement {
  private TextAgreement() {}

  /** The first span of {@code doc} whose text is not the text at its offsets, described. */
  public static Optional<String> firstMismatch(Document doc) {
    for (Mention m : doc.mentions()) {
      Optional<String> problem = check(doc, "mention", m.start(), m.end(), m.text());
      if (problem.isPresent()) {
        return problem;
      }
    }
    for (Relation r : doc.relations()) {
      for (Mention m : new Mention[] {r.arg1(), r.arg2()}) {
        Optional<String> problem = check(doc, "relation argument", m.start(), m.end(), m.text());
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    for (Event e : doc.events()) {
      Optional<String> problem = check(doc, "trigger", e.start(), e.end(), e.triggerText());
      for (Argument a : e.arguments()) {
        Mention m = a.filler();
        problem = problem.or(() -> check(doc, "event argument", m.start(), m.end(), m.text()));
      }
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> check(
      Document doc, String what, int start, int end, String expected) {
    String text = doc.text();
    if (end <= text.length() && text.substring(start, end).equals(expected)) {
      return Optional.empty();
    }
    String found = end <= text.length() ? "'" + text.substring(start, end) + "'" : "past its end";
    return Optional.of(
        "document "
            + doc.id()
            + ": "
            + what
            + " '"
            + expected
            + "' at "
            + start
            + "-"
            + end
            + " does not fit the text, which reads "
            + found
            + " there (is it the text vnie extract read?)");
  }
}
