package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {
  @Test
  void refusesANameItHasAlreadySeen() {
    DocumentNames names = new DocumentNames();
    assertTrue(names.add("elbe-day"));
    assertTrue(names.add("Elbe-day"));
    assertTrue(names.add(""));
    assertFalse(names.add("elbe-day"));
    assertFalse(names.add(""));
    assertEquals(3, names.size());
  }

  @Test
  void keepsEveryNameWhileTheTableGrows() {
    DocumentNames names = new DocumentNames();
    for (int i = 0; i < 50_000; i++) {
      assertTrue(names.add("bài-" + i), "bài-" + i);
    }
    for (int i = 0; i < 50_000; i += 7) {
      assertFalse(names.add("bài-" + i), "bài-" + i);
    }
    assertTrue(names.add("bài-50000"));
    assertEquals(50_001, names.size());
  }
}
