package vnie.spark;

import vnie.Vnie;

/**
 * The vnie pipeline of this JVM: built on first use, so each executor loads the rules and models
 * once, and shared by all its tasks, which a {@link Vnie} allows (it is immutable and thread-safe).
 * Nothing of it is serialized or shipped: each executor builds its own from the application jar.
 */
final class ExecutorPipeline {
  private ExecutorPipeline() {}

  /** The holder idiom: the JVM initialises {@code VNIE} once, on the first call of {@link #get}. */
  private static final class Holder {
    static final Vnie VNIE = Vnie.create();
  }

  static Vnie get() {
    return Holder.VNIE;
  }
}
