package vnie.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class InBackgroundTest {
  @Test
  void givesWhatWasBuiltOnADaemonThread() throws Exception {
    Thread[] builder = new Thread[1];
    String built =
        InBackground.build(
                "vnie-test-index",
                () -> {
                  builder[0] = Thread.currentThread();
                  return "index";
                })
            .get();
    assertEquals("index", built);
    assertEquals("vnie-test-index", builder[0].getName());
    assertTrue(builder[0].isDaemon());
  }

  @Test
  void passesOnTheBuildersException() {
    IllegalStateException broken = new IllegalStateException("broken model");
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                InBackground.build(
                        "vnie-test-index",
                        () -> {
                          throw broken;
                        })
                    .get());
    assertSame(broken, e.getCause());
  }
}
