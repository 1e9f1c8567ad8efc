package vnie.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;

/**
 * Reads brat standoff annotations ({@code .ann}) of a document: entity spans with their {@code
 * Value} notes, relations and events. Every span is checked against the text; anything the
 * guidelines do not define is rejected with a {@link FileFormatException} naming file and line.
 * Other notes (such as {@code AnnotatorNotes}) are ignored, and so are triggers no event uses.
 * Guideline rules that do not stop reading (overlaps, argument types, roles) are left to {@link
 * BratValidator}. Immutable and thread-safe.
 */
public final class BratReader {
  static final String VALUE_NOTE = "Value";

  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparingInt(Mention::end)
          .thenComparing(Mention::type);

  private final Provenance provenance;

  /** A reader for hand annotations: everything it reads has provenance {@code gold}. */
  public BratReader() {
    this(Provenance.GOLD);
  }

  /** A reader that gives everything it reads {@code provenance}. */
  public BratReader(Provenance provenance) {
    if (provenance == null) {
      throw new IllegalArgumentException("provenance needed");
    }
    this.provenance = provenance;
  }

  /** Reads {@code txtFile} and its annotations {@code annFile}. */
  public Document read(Path txtFile, Path annFile) throws InputFileException {
    TextFileReader files = new TextFileReader();
    Document document = files.read(txtFile);
    return read(document, files.readPossiblyEmpty(annFile), String.valueOf(annFile));
  }

  /**
   * Returns {@code document} with the mentions, relations and events of {@code ann}.
   *
   * @param ann the content of the {@code .ann} file
   * @param annName the file name for error messages
   * @throws FileFormatException when a line is malformed, a span does not match the text, or a type
   *     or id is unknown
   */
  public Document read(Document document, String ann, String annName) {
    String text = document.text();
    List<BratLine> lines = BratLine.inUtf16(parseLines(ann, annName), text);
    Map<String, BratLine.TextBound> spans = new LinkedHashMap<>(); // file order breaks ties
    Map<String, String> values = new HashMap<>();
    for (BratLine line : lines) {
      if (line instanceof BratLine.TextBound t) {
        checkSpan(t, text, annName);
        if (spans.put(t.id(), t) != null) {
          throw error(annName, t, "id " + t.id() + " is used twice");
        }
      }
    }
    for (BratLine line : lines) {
      if (line instanceof BratLine.Note n && n.kind().equals(VALUE_NOTE)) {
        BratLine.TextBound target = spans.get(n.target());
        if (target == null || entityType(target.type()) == null) {
          throw error(annName, n, "Value note on " + n.target() + ", which is not an entity");
        }
        if (values.put(n.target(), n.content()) != null) {
          throw error(annName, n, "second Value note on " + n.target());
        }
      }
    }
    Map<String, Mention> mentions = new LinkedHashMap<>();
    spans.forEach(
        (id, t) -> {
          EntityType type = entityType(t.type());
          if (type != null) {
            mentions.put(
                id, Mention.of(text, type, t.start(), t.end(), values.get(id), provenance));
          }
        });
    List<Relation> relations = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (BratLine line : lines) {
      if (line instanceof BratLine.RelationLine r) {
        relations.add(relation(r, mentions, annName));
      } else if (line instanceof BratLine.EventLine e) {
        events.add(event(e, spans, mentions, annName));
      }
    }
    List<Mention> ordered = new ArrayList<>(mentions.values());
    ordered.sort(TEXT_ORDER);
    return document.withMentions(ordered).withRelations(relations).withEvents(events);
  }

  private static List<BratLine> parseLines(String ann, String annName) {
    String[] raw = BratLine.rawLines(ann);
    List<BratLine> lines = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].isBlank()) {
        lines.add(BratLine.parse(annName, i + 1, raw[i]));
      }
    }
    return lines;
  }

  /** The entity type named exactly {@code name} (brat types are case-sensitive), or null. */
  static EntityType entityType(String name) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** The relation type named exactly {@code name}, or null. */
  static RelationType relationType(String name) {
    for (RelationType t : RelationType.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** The role without brat's number for a repeated role: {@code Participant2 → Participant}. */
  static String baseRole(String role) {
    int end = role.length();
    while (end > 0 && Character.isDigit(role.charAt(end - 1))) {
      end--;
    }
    return role.substring(0, end);
  }

  /** Why the span of {@code t} does not match {@code text}, or null when it does. */
  static String spanMismatch(BratLine.TextBound t, String text) {
    // A reversed or empty span is a slip in the file, not a text too short: say which.
    if (t.end() < t.start()) {
      return t.id()
          + " span "
          + t.start()
          + "-"
          + t.end()
          + " is reversed: its end comes before its start; write the start offset first";
    }
    if (t.end() == t.start()) {
      return t.id() + " span " + t.start() + "-" + t.end() + " is empty; a span covers text";
    }
    if (t.end() > text.length()) {
      return t.id()
          + " offsets "
          + t.start()
          + "-"
          + t.end()
          + " are outside the text of "
          + text.length()
          + " characters";
    }
    String covered = text.substring(t.start(), t.end());
    if (!covered.equals(t.surface())) {
      return t.id()
          + " offsets "
          + t.start()
          + "-"
          + t.end()
          + " give '"
          + covered
          + "', not '"
          + t.surface()
          + "'";
    }
    return null;
  }

  private static void checkSpan(BratLine.TextBound t, String text, String annName) {
    String mismatch = spanMismatch(t, text);
    if (mismatch != null) {
      throw error(annName, t, mismatch);
    }
    if (entityType(t.type()) == null && EventType.parseOrNull(t.type()) == null) {
      throw error(annName, t, t.id() + " has unknown type " + t.type());
    }
  }

  private Relation relation(
      BratLine.RelationLine r, Map<String, Mention> mentions, String annName) {
    RelationType type = relationType(r.type());
    if (type == null) {
      throw error(annName, r, "unknown relation " + r.type());
    }
    return new Relation(
        type,
        entity(r.arg1(), r, mentions, annName),
        entity(r.arg2(), r, mentions, annName),
        provenance);
  }

  private Event event(
      BratLine.EventLine e,
      Map<String, BratLine.TextBound> spans,
      Map<String, Mention> mentions,
      String annName) {
    EventType type = EventType.parseOrNull(e.type());
    BratLine.TextBound trigger = spans.get(e.trigger());
    if (type == null || trigger == null || !trigger.type().equals(e.type())) {
      throw error(annName, e, "trigger " + e.trigger() + " is not a " + e.type() + " span");
    }
    List<Argument> arguments = new ArrayList<>();
    for (BratLine.RoleTarget arg : e.args()) {
      String role = baseRole(arg.role());
      if (role.isEmpty()) {
        throw error(annName, e, "role '" + arg.role() + "' has no name");
      }
      arguments.add(new Argument(role, entity(arg.target(), e, mentions, annName)));
    }
    return new Event(
        type, trigger.start(), trigger.end(), trigger.surface(), arguments, provenance);
  }

  private static Mention entity(
      String id, BratLine line, Map<String, Mention> mentions, String annName) {
    Mention mention = mentions.get(id);
    if (mention == null) {
      throw error(annName, line, line.id() + " argument " + id + " is not an entity span");
    }
    return mention;
  }

  private static FileFormatException error(String annName, BratLine line, String reason) {
    return new FileFormatException(annName, line.lineNumber(), reason);
  }
}
