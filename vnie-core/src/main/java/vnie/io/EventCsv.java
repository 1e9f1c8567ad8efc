package vnie.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Span;

/**
 * The events tables: {@code events.csv} ({@link ResultTable#EVENTS}) has one row per event (its
 * trigger, then one column per role with the texts of its arguments joined by {@code "; "}), {@code
 * event_arguments.csv} ({@link ResultTable#EVENT_ARGUMENTS}) one row per argument. Ids ({@code E1},
 * {@code E2} …) count the events of each document in its order and join the two tables.
 */
public final class EventCsv {
  /** Every role of every event type, in the order of the role columns ({@link EventType#ROLES}). */
  public static final List<String> ROLES = EventType.ROLES;

  /** The columns of {@code events.csv}. */
  static final List<String> EVENT_HEADER = eventHeader();

  /** The columns of {@code event_arguments.csv}. */
  static final List<String> ARGUMENT_HEADER =
      List.of("doc", "event_id", "event_type", "role", "type", "text", "start", "end");

  private static final List<String> EVENT_REQUIRED =
      List.of("doc", "id", "type", "trigger", "start", "end", "source");

  private static final String JOINER = "; ";

  private EventCsv() {}

  private static List<String> eventHeader() {
    List<String> header =
        new ArrayList<>(List.of("doc", "sentence", "id", "type", "trigger", "start", "end"));
    header.addAll(ROLES);
    header.add("source");
    return List.copyOf(header);
  }

  /** Prints the events of one document to {@code printer} (no header); ids count from E1. */
  static void writeEventRows(Document doc, CSVPrinter printer) throws IOException {
    int n = 0;
    for (Event e : doc.events()) {
      List<Object> row = new ArrayList<>();
      row.addAll(
          List.of(
              doc.id(),
              doc.sentenceAt(e.start()),
              "E" + ++n,
              e.type().name(),
              e.triggerText(),
              e.start(),
              e.end()));
      for (String role : ROLES) {
        List<String> texts = new ArrayList<>();
        for (Argument a : e.arguments()) {
          if (a.role().equals(role)) {
            texts.add(a.filler().text());
          }
        }
        row.add(String.join(JOINER, texts));
      }
      row.add(e.provenance().source());
      SpreadsheetCsv.printRow(printer, row);
    }
  }

  /** Prints the event arguments of one document to {@code printer} (no header). */
  static void writeArgumentRows(Document doc, CSVPrinter printer) throws IOException {
    int n = 0;
    for (Event e : doc.events()) {
      String id = "E" + ++n;
      for (Argument a : e.arguments()) {
        Mention m = a.filler();
        SpreadsheetCsv.printRow(
            printer,
            doc.id(),
            id,
            e.type().name(),
            a.role(),
            m.type().name(),
            m.text(),
            m.start(),
            m.end());
      }
    }
  }

  /**
   * Reads the two tables into events per document, documents in the order first seen; arguments are
   * the mentions of {@code entities} with the same type and span where there are.
   */
  public static Map<String, List<Event>> read(
      Path eventsFile, Path argumentsFile, Map<String, List<Mention>> entities) throws IOException {
    return toEvents(
        CsvRows.read(eventsFile, EVENT_REQUIRED),
        String.valueOf(eventsFile),
        CsvRows.read(argumentsFile, ARGUMENT_HEADER),
        String.valueOf(argumentsFile),
        entities);
  }

  /** As {@link #read(Path, Path, Map)}, from readers named {@code eventsName}, {@code argsName}. */
  public static Map<String, List<Event>> read(
      Reader events,
      String eventsName,
      Reader arguments,
      String argsName,
      Map<String, List<Mention>> entities)
      throws IOException {
    return toEvents(
        CsvRows.read(events, eventsName, EVENT_REQUIRED),
        eventsName,
        CsvRows.read(arguments, argsName, ARGUMENT_HEADER),
        argsName,
        entities);
  }

  private record Key(String doc, String id) {}

  private static Map<String, List<Event>> toEvents(
      List<CSVRecord> eventRows,
      String eventsName,
      List<CSVRecord> argumentRows,
      String argsName,
      Map<String, List<Mention>> entities) {
    Map<Key, List<Argument>> arguments = new LinkedHashMap<>();
    for (CSVRecord r : argumentRows) {
      try {
        String doc = CsvRows.doc(r);
        Mention filler =
            CsvRows.mention(
                entities,
                doc,
                EntityType.parse(CsvRows.cell(r, "type")),
                CsvRows.span(r, "start", "end"),
                CsvRows.cell(r, "text"),
                new Provenance("event_arguments"));
        arguments
            .computeIfAbsent(new Key(doc, CsvRows.cell(r, "event_id")), k -> new ArrayList<>())
            .add(new Argument(CsvRows.cell(r, "role"), filler));
      } catch (IllegalArgumentException e) {
        throw new FileFormatException(argsName, CsvRows.row(r), "bad row: " + e.getMessage());
      }
    }
    Map<String, List<Event>> byDoc = new LinkedHashMap<>();
    for (CSVRecord r : eventRows) {
      try {
        String doc = CsvRows.doc(r);
        EventType type = EventType.parseOrNull(CsvRows.cell(r, "type").trim());
        if (type == null) {
          throw new IllegalArgumentException(
              "unknown event type '" + CsvRows.cell(r, "type") + "'");
        }
        Span trigger = CsvRows.span(r, "start", "end");
        Event event =
            new Event(
                type,
                trigger.start(),
                trigger.end(),
                CsvRows.cell(r, "trigger"),
                arguments.getOrDefault(new Key(doc, CsvRows.cell(r, "id")), List.of()),
                new Provenance(CsvRows.cell(r, "source")));
        byDoc.computeIfAbsent(doc, d -> new ArrayList<>()).add(event);
      } catch (IllegalArgumentException e) {
        throw new FileFormatException(eventsName, CsvRows.row(r), "bad row: " + e.getMessage());
      }
    }
    return byDoc;
  }
}
