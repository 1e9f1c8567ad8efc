package vnie.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One parsed line of a brat standoff file, before any id is resolved. Shared by {@link BratReader},
 * which rejects bad lines, and {@link BratValidator}, which lists them.
 */
sealed interface BratLine {
  /** The 1-based line number in the file. */
  int lineNumber();

  /** The id in the first column, e.g. {@code T3}, {@code #1}, {@code R2}, {@code E4}. */
  String id();

  /** {@code T3 DATE 211 228 mùa Xuân năm 1945}: an entity span or an event trigger. */
  record TextBound(int lineNumber, String id, String type, int start, int end, String surface)
      implements BratLine {
    /**
     * This span with its offsets, which brat counts in code points (characters, as Python counts
     * them), turned into indices of {@code text}'s UTF-16 units, as Java counts them; they differ
     * after a character outside the Basic Multilingual Plane ({@code 𨮁}). Offsets beyond the text
     * stay as they are, for the span checks to report.
     */
    TextBound inUtf16(BratOffsets offsets) {
      if (end > offsets.points() || start < 0 || start > end) {
        return this;
      }
      return new TextBound(
          lineNumber, id, type, offsets.toUtf16(start), offsets.toUtf16(end), surface);
    }
  }

  /** {@code lines} with the offsets of their spans as indices of {@code text}'s UTF-16 units. */
  static List<BratLine> inUtf16(List<BratLine> lines, String text) {
    BratOffsets offsets = BratOffsets.of(text);
    if (offsets.identity()) {
      return lines;
    }
    return lines.stream()
        .map(l -> l instanceof TextBound t ? (BratLine) t.inUtf16(offsets) : l)
        .toList();
  }

  /** {@code #1 Value T3 1945-SP}: a note of some kind about an annotation. */
  record Note(int lineNumber, String id, String kind, String target, String content)
      implements BratLine {}

  /** {@code R1 HasRank Arg1:T16 Arg2:T15}. */
  record RelationLine(int lineNumber, String id, String type, String arg1, String arg2)
      implements BratLine {}

  /** {@code E4 Meet:T20 Participant:T13 Participant2:T17}; roles keep their digits here. */
  record EventLine(int lineNumber, String id, String type, String trigger, List<RoleTarget> args)
      implements BratLine {}

  /** One {@code Role:Tn} of an event line. */
  record RoleTarget(String role, String target) {}

  Pattern SPACES = Pattern.compile(" +");

  /** The lines of an {@code .ann} file without a leading BOM; LF and CRLF ends are accepted. */
  static String[] rawLines(String ann) {
    String content = !ann.isEmpty() && ann.charAt(0) == TextFileReader.BOM ? ann.substring(1) : ann;
    return content.split("\r?\n", -1);
  }

  /**
   * Parses one non-blank line.
   *
   * @throws FileFormatException naming {@code file} and the line when it is malformed
   */
  static BratLine parse(String file, int lineNumber, String line) {
    int tab = line.indexOf('\t');
    if (tab <= 0) {
      throw new FileFormatException(file, lineNumber, "no tab after the id: '" + line + "'");
    }
    String id = line.substring(0, tab);
    String rest = line.substring(tab + 1);
    Parser p = new Parser(file, lineNumber, line);
    return switch (id.charAt(0)) {
      case 'T' -> p.textBound(id, rest);
      case '#' -> p.note(id, rest);
      case 'R' -> p.relation(id, rest.strip());
      case 'E' -> p.event(id, rest.strip());
      default ->
          throw new FileFormatException(
              file,
              lineNumber,
              "unknown line kind '" + id + "': the guidelines use only T, #, R and E lines");
    };
  }

  /** Builds the error messages of one line. */
  record Parser(String file, int lineNumber, String line) {
    TextBound textBound(String id, String rest) {
      String[] parts = rest.split("\t", 2);
      if (parts.length < 2) {
        throw bad("a T line needs 'TYPE START END<tab>TEXT'");
      }
      String[] head = SPACES.split(parts[0].strip(), -1);
      if (parts[0].contains(";")) {
        throw bad("discontinuous spans are not allowed by the guidelines");
      }
      if (head.length != 3) {
        throw bad("a T line needs 'TYPE START END<tab>TEXT'");
      }
      return new TextBound(lineNumber, id, head[0], offset(head[1]), offset(head[2]), parts[1]);
    }

    Note note(String id, String rest) {
      String[] parts = rest.split("\t", 2);
      String[] head = SPACES.split(parts[0].strip(), -1);
      if (head.length != 2) {
        throw bad("a # line needs 'KIND TARGET<tab>CONTENT'");
      }
      return new Note(lineNumber, id, head[0], head[1], parts.length < 2 ? "" : parts[1]);
    }

    RelationLine relation(String id, String rest) {
      String[] parts = SPACES.split(rest.strip(), -1);
      if (parts.length != 3) {
        throw bad("an R line needs 'TYPE Arg1:Tn Arg2:Tm'");
      }
      String arg1 = null;
      String arg2 = null;
      for (int i = 1; i < 3; i++) {
        RoleTarget arg = roleTarget(parts[i]);
        if (arg.role().equals("Arg1")) {
          arg1 = arg.target();
        } else if (arg.role().equals("Arg2")) {
          arg2 = arg.target();
        }
      }
      if (arg1 == null || arg2 == null) {
        throw bad("an R line needs 'TYPE Arg1:Tn Arg2:Tm'");
      }
      return new RelationLine(lineNumber, id, parts[0], arg1, arg2);
    }

    EventLine event(String id, String rest) {
      String[] parts = SPACES.split(rest.strip(), -1);
      RoleTarget head = roleTarget(parts[0]);
      List<RoleTarget> args = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        args.add(roleTarget(parts[i]));
      }
      return new EventLine(lineNumber, id, head.role(), head.target(), List.copyOf(args));
    }

    private RoleTarget roleTarget(String token) {
      int colon = token.indexOf(':');
      if (colon <= 0 || colon == token.length() - 1) {
        throw bad("'" + token + "' is not ROLE:ID");
      }
      return new RoleTarget(token.substring(0, colon), token.substring(colon + 1));
    }

    private int offset(String number) {
      try {
        int value = Integer.parseInt(number);
        if (value >= 0) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw bad("'" + number + "' is not an offset");
    }

    private FileFormatException bad(String reason) {
      return new FileFormatException(file, lineNumber, "malformed line '" + line + "': " + reason);
    }
  }
}
