package vnie.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vnie.core.CharClass;
import vnie.core.EntityType;
import vnie.core.EventType;
import vnie.core.RelationType;

/**
 * Lists the ways brat annotations break the annotation guidelines, with the same rules as {@code
 * check_brat.py}, so that a test can hold the hand annotations to them. It also lists everything
 * {@link BratReader} would reject, so a file without problems can be read. Stateless.
 */
public final class BratValidator {
  /** A normalized date value: {@code 1945}, {@code 1945-04}, {@code 1945-SP}, {@code 196}. */
  public static final Pattern DATE_VALUE =
      Pattern.compile("^(\\d{4}|XXXX)(-(\\d{2}|SP|SU|FA|WI)(-\\d{2})?)?$|^\\d{2,3}$");

  /** The argument types some roles require, whatever the event. */
  private static final Map<String, EntityType> ROLE_TYPES =
      Map.of(
          "Place",
          EntityType.LOCATION,
          "Destination",
          EntityType.LOCATION,
          "Time",
          EntityType.DATE);

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private BratValidator() {}

  /** Checks the annotations {@code annFile} of the text {@code txtFile}. */
  public static List<BratProblem> check(Path txtFile, Path annFile) throws InputFileException {
    TextFileReader files = new TextFileReader();
    String text = files.readText(txtFile);
    String name = String.valueOf(annFile.getFileName());
    List<BratProblem> problems = new ArrayList<>();
    if (startsWithBom(txtFile)) {
      problems.add(
          new BratProblem(
              name,
              0,
              "the text starts with a byte-order mark, which check_brat.py counts as a character:"
                  + " remove it"));
    }
    problems.addAll(check(name, text, files.readPossiblyEmpty(annFile)));
    return problems;
  }

  /**
   * Checks {@code ann}, the content of the file {@code annName}, against {@code text} (BOM already
   * removed).
   */
  public static List<BratProblem> check(String annName, String text, String ann) {
    List<BratProblem> problems = new ArrayList<>();
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      problems.add(new BratProblem(annName, 0, "text is not NFC"));
    }
    if (text.indexOf('\r') >= 0) {
      problems.add(
          new BratProblem(
              annName,
              0,
              "the text has CR line ends, which check_brat.py reads as LF, so its offsets differ:"
                  + " convert the text to LF"));
    }
    List<BratLine> lines = new ArrayList<>();
    String[] raw = BratLine.rawLines(ann);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i].isBlank()) {
        continue;
      }
      try {
        lines.add(BratLine.parse(annName, i + 1, raw[i]));
      } catch (FileFormatException e) {
        problems.add(new BratProblem(annName, i + 1, e.reason()));
      }
    }
    new Checker(annName, text, problems).checkAll(lines);
    // Stable, so problems of one line keep the order of the checks.
    problems.sort(Comparator.comparingInt(BratProblem::line));
    return problems;
  }

  private static boolean startsWithBom(Path file) throws InputFileException {
    try (var in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(UTF8_BOM.length);
      return Arrays.equals(start, UTF8_BOM);
    } catch (IOException e) {
      throw new InputFileException(file, "file cannot be read: " + e, e);
    }
  }

  /** The checks of one file; collects problems instead of stopping at the first. */
  private record Checker(String file, String text, List<BratProblem> problems) {
    void checkAll(List<BratLine> parsed) {
      List<BratLine> lines = BratLine.inUtf16(parsed, text);
      Map<String, BratLine.TextBound> spans = new LinkedHashMap<>();
      for (BratLine line : lines) {
        if (line instanceof BratLine.TextBound t) {
          textBound(t);
          if (spans.putIfAbsent(t.id(), t) != null) {
            say(t, "id " + t.id() + " is used twice");
          }
        }
      }
      Set<String> valued = new HashSet<>();
      for (BratLine line : lines) {
        if (line instanceof BratLine.Note n) {
          note(n, spans, valued);
        } else if (line instanceof BratLine.RelationLine r) {
          relation(r, spans);
        } else if (line instanceof BratLine.EventLine e) {
          event(e, spans);
        }
      }
      overlaps(spans);
      Set<String> triggers = new HashSet<>();
      for (BratLine line : lines) {
        if (line instanceof BratLine.EventLine e) {
          triggers.add(e.trigger());
        }
      }
      for (BratLine.TextBound t : spans.values()) {
        if (t.type().equals(EntityType.DATE.name()) && !valued.contains(t.id())) {
          say(t, t.id() + " DATE without a Value note");
        }
        // Beyond check_brat.py: a trigger no event line names is read as no event at all.
        if (EventType.parseOrNull(t.type()) != null && !triggers.contains(t.id())) {
          say(
              t,
              t.id()
                  + " "
                  + t.type()
                  + " trigger without an event line (E… "
                  + t.type()
                  + ":"
                  + t.id()
                  + "), so no event is read from it");
        }
      }
    }

    private void textBound(BratLine.TextBound t) {
      String mismatch = BratReader.spanMismatch(t, text);
      if (mismatch != null) {
        say(t, mismatch);
      }
      if (badEdge(t.surface())) {
        say(t, t.id() + " '" + t.surface() + "' starts or ends with space or punctuation");
      }
      if (BratReader.entityType(t.type()) == null && EventType.parseOrNull(t.type()) == null) {
        say(t, t.id() + " unknown type " + t.type());
      }
    }

    /** check_brat.py reads every {@code #} note as a date value, whatever its kind. */
    private void note(BratLine.Note n, Map<String, BratLine.TextBound> spans, Set<String> valued) {
      if (!DATE_VALUE.matcher(n.content()).find()) {
        String kind = n.kind().equals(BratReader.VALUE_NOTE) ? "" : " (" + n.kind() + " note)";
        say(n, n.id() + " bad date value '" + n.content() + "'" + kind);
      }
      if (!n.kind().equals(BratReader.VALUE_NOTE)) {
        return;
      }
      BratLine.TextBound target = spans.get(n.target());
      if (target == null || BratReader.entityType(target.type()) == null) {
        say(n, n.id() + " Value note on " + n.target() + ", which is not an entity");
      } else if (!valued.add(n.target())) {
        say(n, n.id() + " second Value note on " + n.target());
      }
    }

    private void relation(BratLine.RelationLine r, Map<String, BratLine.TextBound> spans) {
      RelationType type = BratReader.relationType(r.type());
      if (type == null) {
        say(r, r.id() + " unknown relation " + r.type());
        return;
      }
      String has1 = typeOf(r.arg1(), spans);
      String has2 = typeOf(r.arg2(), spans);
      if (!type.arg1().name().equals(has1) || !type.arg2().name().equals(has2)) {
        say(
            r,
            r.id()
                + " "
                + type
                + " needs ("
                + type.arg1()
                + ", "
                + type.arg2()
                + "), has ("
                + has1
                + ", "
                + has2
                + ")");
      }
    }

    private void event(BratLine.EventLine e, Map<String, BratLine.TextBound> spans) {
      EventType type = EventType.parseOrNull(e.type());
      if (type == null || !e.type().equals(typeOf(e.trigger(), spans))) {
        say(e, e.id() + " trigger " + e.trigger() + " is not a " + e.type() + " span");
      }
      for (BratLine.RoleTarget arg : e.args()) {
        String role = BratReader.baseRole(arg.role());
        if (type != null && !type.roles().contains(role)) {
          say(e, e.id() + " role " + role + " not allowed for " + type);
        }
        EntityType target = BratReader.entityType(typeOf(arg.target(), spans));
        EntityType wanted = ROLE_TYPES.get(role);
        if (target == null) {
          say(e, e.id() + " argument " + arg.target() + " is not an entity");
        } else if (wanted != null && target != wanted) {
          say(e, e.id() + " " + role + " must point to " + wanted + ", not " + target);
        }
      }
    }

    private void overlaps(Map<String, BratLine.TextBound> spans) {
      List<BratLine.TextBound> entities = new ArrayList<>();
      for (BratLine.TextBound t : spans.values()) {
        if (BratReader.entityType(t.type()) != null) {
          entities.add(t);
        }
      }
      entities.sort(Comparator.comparingInt(BratLine.TextBound::start));
      // Compare with the span reaching furthest so far, so a long span overlapping two later
      // ones is reported for both.
      BratLine.TextBound furthest = null;
      for (BratLine.TextBound t : entities) {
        if (furthest != null && t.start() < furthest.end()) {
          say(t, furthest.id() + " and " + t.id() + " overlap");
        }
        if (furthest == null || t.end() > furthest.end()) {
          furthest = t;
        }
      }
    }

    private static String typeOf(String id, Map<String, BratLine.TextBound> spans) {
      BratLine.TextBound t = spans.get(id);
      return t == null ? "undefined " + id : t.type();
    }

    private static boolean badEdge(String surface) {
      if (surface.isEmpty()) {
        return false;
      }
      char first = surface.charAt(0);
      char last = surface.charAt(surface.length() - 1);
      return isSpace(first)
          || isSpace(last)
          || isPunctuation(first)
          || (isPunctuation(last) && last != '.');
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Unicode category P*, as {@code unicodedata.category(c)[0] == "P"} in the checker. */
    private static boolean isPunctuation(char c) {
      return CharClass.isPunctuation(c);
    }

    private void say(BratLine line, String message) {
      problems.add(new BratProblem(file, line.lineNumber(), message));
    }
  }
}
