package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {
  private static final double DELTA = 1e-4;

  @Test
  void measuresFromCounts() {
    Counts c = new Counts(2, 2, 1);
    assertEquals(0.5, c.precision(), DELTA);
    assertEquals(0.6667, c.recall(), DELTA);
    assertEquals(0.5714, c.f1(), DELTA);
  }

  @Test
  void undefinedMeasuresAreZero() {
    assertEquals(0.0, Counts.ZERO.precision());
    assertEquals(0.0, Counts.ZERO.recall());
    assertEquals(0.0, Counts.ZERO.f1());
    Counts onlyMisses = new Counts(0, 0, 3);
    assertEquals(0.0, onlyMisses.precision());
    assertEquals(0.0, onlyMisses.f1());
  }

  @Test
  void plusAddsEachCount() {
    assertEquals(new Counts(3, 5, 7), new Counts(1, 2, 3).plus(new Counts(2, 3, 4)));
  }
}
