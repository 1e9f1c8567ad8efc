package vnie.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A failed build leaves the stage on the slow way, never broken (issue #20, fault 1). */
class BackgroundIndexTest {
  private static final long DEADLINE_NANOS = 30_000_000_000L;

  @Test
  void aBuildThatRanOutOfMemoryIsTriedAgainAndNeverFailsTheCaller() {
    AtomicInteger builds = new AtomicInteger();
    BackgroundIndex<String> index =
        new BackgroundIndex<>(
            "test-index",
            2,
            () -> {
              if (builds.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space (simulated)");
              }
              return "built";
            });

    String[] seen = new String[1];
    waitUntil(() -> (seen[0] = index.ready()) != null);

    assertEquals("built", seen[0]);
    assertEquals(2, builds.get());
  }

  @Test
  void aBuildThatAlwaysFailsIsGivenUpAfterTheLastTry() {
    AtomicInteger builds = new AtomicInteger();
    BackgroundIndex<String> index =
        new BackgroundIndex<>(
            "test-index",
            1,
            () -> {
              builds.incrementAndGet();
              throw new IllegalStateException("broken index (simulated)");
            });

    waitUntil(
        () -> {
          assertNull(index.ready());
          return builds.get() == BackgroundIndex.MAX_BUILDS;
        });
    for (int i = 0; i < 1000; i++) {
      assertNull(index.ready());
    }

    assertEquals(BackgroundIndex.MAX_BUILDS, builds.get());
  }

  private static void waitUntil(BooleanSupplier condition) {
    long start = System.nanoTime();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - start > DEADLINE_NANOS) {
        throw new AssertionError("condition not reached in 30 s");
      }
      LockSupport.parkNanos(1_000_000); // a millisecond: the build needs the core
    }
  }
}
