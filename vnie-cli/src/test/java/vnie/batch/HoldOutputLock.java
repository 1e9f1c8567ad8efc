package vnie.batch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * For {@link OutputLockTest}: another process that holds the lock of a folder until its input ends.
 */
public final class HoldOutputLock {
  private HoldOutputLock() {}

  public static void main(String[] args) throws IOException {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]));
    try {
      System.out.println("locked");
      System.out.flush();
      System.in.readAllBytes();
    } finally {
      lock.close();
    }
  }
}
