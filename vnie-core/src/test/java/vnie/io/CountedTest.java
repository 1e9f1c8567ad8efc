package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {
  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    assertEquals("0 documents", Counted.of(0, "document"));
    assertEquals("1 document", Counted.of(1, "document"));
    assertEquals("2 documents", Counted.of(2, "document"));
  }

  @Test
  void theTotalsOfAnExtraction() {
    assertEquals(
        "1 document, 70 mentions, 1 relation, 0 events, 1 file failed",
        Counted.extraction(1, 70, 1, 0, 1));
  }
}
