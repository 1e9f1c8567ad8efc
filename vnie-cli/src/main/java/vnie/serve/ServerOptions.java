package vnie.serve;

/**
 * How {@link ExtractServer} listens.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the page should be reachable from other
 *     machines
 * @param port the port, 0 for any free one
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param threads how many requests are processed at once
 */
public record ServerOptions(String host, int port, int maxRequestBytes, int threads) {
  /** The default request size limit: 1 MiB, some 300 pages of Vietnamese text. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  /** Larger limits are refused: a body is held in memory while it is processed. */
  public static final int LARGEST_MAX_REQUEST_BYTES = 256 * 1024 * 1024;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("a host to bind is needed, e.g. 127.0.0.1");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxRequestBytes <= 0 || maxRequestBytes > LARGEST_MAX_REQUEST_BYTES) {
      throw new IllegalArgumentException(
          "request size limit must be 1 to "
              + LARGEST_MAX_REQUEST_BYTES
              + " bytes: "
              + maxRequestBytes);
    }
    if (threads <= 0) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
  }

  /**
   * Loopback only, on {@code port}, with the default limit and one thread per core (at least 2).
   */
  public static ServerOptions loopback(int port) {
    return new ServerOptions(
        "127.0.0.1",
        port,
        DEFAULT_MAX_REQUEST_BYTES,
        Math.max(2, Runtime.getRuntime().availableProcessors()));
  }
}
