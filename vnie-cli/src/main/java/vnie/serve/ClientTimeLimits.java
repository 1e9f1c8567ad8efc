package vnie.serve;

/**
 * How long a client may take to send its request, so that a slow or stalled client cannot hold a
 * connection thread for good. The JDK's server enforces it: it closes a connection whose request
 * headers and body have not all arrived {@link #READ_SECONDS_DEFAULT} seconds after its first byte.
 * It reads the setting once, when the first server of the JVM starts; a value given with {@code -D}
 * is kept. (Its other limit, {@code maxRspTime}, is not set: it would count the processing of a
 * long text too, and cut off a client that waits for a slow answer.)
 */
final class ClientTimeLimits {
  /** The JDK's setting, in seconds, for the time from a request's first byte to its last. */
  static final String READ_PROPERTY = "sun.net.httpserver.maxReqTime";

  /** Ample for a 1 MiB body over a slow link; a header line every few seconds is cut off. */
  static final long READ_SECONDS_DEFAULT = 20;

  private ClientTimeLimits() {}

  /** Sets the limit unless given; must run before the JVM's first server starts. */
  static void install() {
    if (System.getProperty(READ_PROPERTY) == null) {
      System.setProperty(READ_PROPERTY, Long.toString(READ_SECONDS_DEFAULT));
    }
  }

  /** The read limit in force, in seconds. */
  static long readSeconds() {
    return Long.getLong(READ_PROPERTY, READ_SECONDS_DEFAULT);
  }
}
