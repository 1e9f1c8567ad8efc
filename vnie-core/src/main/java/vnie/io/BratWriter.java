package vnie.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Relation;

/**
 * Writes a document's annotations as brat standoff: entity T lines in text order, each followed by
 * its {@code Value} note, then the event triggers, the R lines and the E lines, with repeated roles
 * numbered as brat does ({@code Participant}, {@code Participant2}). {@link BratReader} reads the
 * result back to the same mentions, relations and events. Stateless.
 */
public final class BratWriter {
  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparingInt(Mention::end)
          .thenComparing(Mention::type);

  private record SpanKey(String type, int start, int end) {
    static SpanKey of(Mention m) {
      return new SpanKey(m.type().name(), m.start(), m.end());
    }

    static SpanKey of(Event e) {
      return new SpanKey(e.type().name(), e.start(), e.end());
    }
  }

  private BratWriter() {}

  /** Replaces {@code annFile} atomically with the annotations of {@code document}. */
  public static void write(Document document, Path annFile) throws IOException {
    AtomicFiles.writeString(annFile, write(document));
  }

  /**
   * The {@code .ann} content for {@code document}, lines ending in LF.
   *
   * @throws IllegalArgumentException when an annotation cannot be written as brat: its text does
   *     not match the document, it spans a line break, or an argument is not among the document's
   *     mentions
   */
  public static String write(Document document) {
    StringBuilder out = new StringBuilder();
    BratOffsets offsets = BratOffsets.of(document.text());
    Map<SpanKey, String> ids = new HashMap<>();
    int spanCount = 0;
    int noteCount = 0;
    List<Mention> mentions = new ArrayList<>(document.mentions());
    mentions.sort(TEXT_ORDER);
    for (Mention m : mentions) {
      String id = "T" + ++spanCount;
      ids.putIfAbsent(SpanKey.of(m), id);
      appendSpan(out, document, offsets, id, m.type().name(), m.start(), m.end(), m.text());
      if (!m.value().isEmpty()) {
        checkField(m.value(), "value of " + m.text());
        out.append('#')
            .append(++noteCount)
            .append('\t')
            .append(BratReader.VALUE_NOTE)
            .append(' ')
            .append(id)
            .append('\t')
            .append(m.value())
            .append('\n');
      }
    }
    Map<SpanKey, Event> triggers = new LinkedHashMap<>();
    document.events().stream()
        .sorted(
            Comparator.comparingInt(Event::start)
                .thenComparingInt(Event::end)
                .thenComparing(Event::type))
        .forEach(e -> triggers.putIfAbsent(SpanKey.of(e), e));
    for (Map.Entry<SpanKey, Event> trigger : triggers.entrySet()) {
      String id = "T" + ++spanCount;
      ids.put(trigger.getKey(), id);
      Event event = trigger.getValue();
      appendSpan(
          out,
          document,
          offsets,
          id,
          event.type().name(),
          event.start(),
          event.end(),
          event.triggerText());
    }
    int relationCount = 0;
    for (Relation relation : document.relations()) {
      out.append('R')
          .append(++relationCount)
          .append('\t')
          .append(relation.type().name())
          .append(" Arg1:")
          .append(idOf(relation.arg1(), ids))
          .append(" Arg2:")
          .append(idOf(relation.arg2(), ids))
          .append('\n');
    }
    int eventCount = 0;
    for (Event event : document.events()) {
      out.append('E')
          .append(++eventCount)
          .append('\t')
          .append(event.type().name())
          .append(':')
          .append(ids.get(SpanKey.of(event)));
      Map<String, Integer> seen = new HashMap<>();
      for (Argument arg : event.arguments()) {
        checkRole(arg.role(), event.type());
        int n = seen.merge(arg.role(), 1, Integer::sum);
        out.append(' ')
            .append(arg.role())
            .append(n > 1 ? String.valueOf(n) : "")
            .append(':')
            .append(idOf(arg.filler(), ids));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void appendSpan(
      StringBuilder out,
      Document document,
      BratOffsets offsets,
      String id,
      String type,
      int start,
      int end,
      String surface) {
    String text = document.text();
    if (end > text.length() || !text.substring(start, end).equals(surface)) {
      throw new IllegalArgumentException(
          document.id() + ": '" + surface + "' " + start + "-" + end + " is not in the text");
    }
    checkField(surface, "span '" + surface + "' of " + document.id());
    out.append(id)
        .append('\t')
        .append(type)
        .append(' ')
        .append(offsets.toBrat(start))
        .append(' ')
        .append(offsets.toBrat(end))
        .append('\t')
        .append(surface)
        .append('\n');
  }

  /** Brat keeps one annotation per line, so a tab or line break would corrupt the file. */
  private static void checkField(String field, String what) {
    if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\t') >= 0) {
      throw new IllegalArgumentException(what + " holds a tab or line break; brat cannot hold it");
    }
  }

  /** A role ending in a digit would lose the digit when read back, as brat numbers roles. */
  private static void checkRole(String role, EventType type) {
    if (!role.equals(BratReader.baseRole(role)) || !role.matches("\\p{L}+")) {
      throw new IllegalArgumentException("role '" + role + "' of " + type + " cannot be written");
    }
  }

  private static String idOf(Mention mention, Map<SpanKey, String> ids) {
    String id = ids.get(SpanKey.of(mention));
    if (id == null) {
      throw new IllegalArgumentException(
          "argument "
              + mention.type()
              + " '"
              + mention.text()
              + "' "
              + mention.start()
              + "-"
              + mention.end()
              + " is not among the document's mentions");
    }
    return id;
  }
}
