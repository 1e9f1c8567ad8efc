package vnie.io;

/**
 * Converts the offsets of one text between brat's count, in code points (characters, as brat and
 * Python count them), and Java's string indices, in UTF-16 units. They differ only after a
 * character outside the Basic Multilingual Plane ({@code 𨮁}); for a text without one, the usual
 * case, both conversions are the identity and nothing is built. Immutable.
 */
final class BratOffsets {
  private final int points;
  private final int[] unitOfPoint; // null: the identity
  private final int[] pointOfUnit;

  private BratOffsets(int points, int[] unitOfPoint, int[] pointOfUnit) {
    this.points = points;
    this.unitOfPoint = unitOfPoint;
    this.pointOfUnit = pointOfUnit;
  }

  /** The conversions of {@code text}, built in one pass over it. */
  static BratOffsets of(String text) {
    int units = text.length();
    int points = text.codePointCount(0, units);
    if (points == units) {
      return new BratOffsets(points, null, null);
    }
    int[] unitOfPoint = new int[points + 1];
    int[] pointOfUnit = new int[units + 1];
    int point = 0;
    for (int unit = 0; unit < units; unit++) {
      // The second unit of a pair maps to the character after it; no span starts or ends there.
      pointOfUnit[unit] = point;
      if (unit == 0 || !Character.isSurrogatePair(text.charAt(unit - 1), text.charAt(unit))) {
        unitOfPoint[point++] = unit;
      }
    }
    unitOfPoint[points] = units;
    pointOfUnit[units] = points;
    return new BratOffsets(points, unitOfPoint, pointOfUnit);
  }

  /** Whether both conversions are the identity. */
  boolean identity() {
    return unitOfPoint == null;
  }

  /** The number of code points of the text. */
  int points() {
    return points;
  }

  /** The UTF-16 index of code point offset {@code point}, from 0 to {@link #points()}. */
  int toUtf16(int point) {
    return unitOfPoint == null ? point : unitOfPoint[point];
  }

  /** The code point offset of UTF-16 index {@code unit}, from 0 to the text's length. */
  int toBrat(int unit) {
    return pointOfUnit == null ? unit : pointOfUnit[unit];
  }
}
