package vnie.serve;

/**
 * How long a client may take to send its request and to take the answer, so that a slow or stalled
 * client cannot hold a connection thread for good. The JDK's server enforces both: it closes a
 * connection whose request headers and body have not all arrived {@link #READ_SECONDS_DEFAULT}
 * seconds after its first byte, or whose answer is still being sent after {@link
 * #WRITE_SECONDS_DEFAULT} seconds. It reads its settings once, when the first server of the JVM
 * starts; a value given with {@code -D} on the command line is kept.
 */
final class ClientTimeLimits {
  /** The JDK's setting, in seconds, for the time from a request's first byte to its last. */
  static final String READ_PROPERTY = "sun.net.httpserver.maxReqTime";

  /** The JDK's setting, in seconds, for the time to send an answer. */
  static final String WRITE_PROPERTY = "sun.net.httpserver.maxRspTime";

  /** Ample for a 1 MiB body over a slow link; a header line every few seconds is cut off. */
  static final long READ_SECONDS_DEFAULT = 20;

  static final long WRITE_SECONDS_DEFAULT = 60;

  private ClientTimeLimits() {}

  /** Sets the limits unless given; must run before the JVM's first server starts. */
  static void install() {
    setUnlessGiven(READ_PROPERTY, READ_SECONDS_DEFAULT);
    setUnlessGiven(WRITE_PROPERTY, WRITE_SECONDS_DEFAULT);
  }

  /** The read limit in force, in seconds. */
  static long readSeconds() {
    return Long.getLong(READ_PROPERTY, READ_SECONDS_DEFAULT);
  }

  private static void setUnlessGiven(String property, long seconds) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Long.toString(seconds));
    }
  }
}
