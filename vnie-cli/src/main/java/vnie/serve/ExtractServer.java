package vnie.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import vnie.Vnie;

/**
 * The local web server of {@code vnie serve}, on the JDK's {@code com.sun.net.httpserver}: the page
 * at {@code /}, and {@code POST /api/extract} (JSON), {@code /api/render} (the highlighted text as
 * HTML) and {@code /api/entities.csv}. One shared {@link Vnie} serves all request threads.
 *
 * <p>The JDK's server reads a request's headers on the thread that then handles it, so a client
 * that sends them slowly holds a thread. Connections are therefore read on more threads than
 * requests are processed on ({@link #CONNECTIONS_PER_PROCESSING_THREAD} times as many), and a
 * client gets {@link ClientTimeLimits} to send its request: slow clients wait for their own
 * requests while others are served.
 */
public final class ExtractServer implements AutoCloseable {
  /** Connections read at once per processing thread; each may hold one request body. */
  static final int CONNECTIONS_PER_PROCESSING_THREAD = 8;

  private final HttpServer server;
  private final ExecutorService executor;

  private ExtractServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds {@code options.host():options.port()} and starts answering. */
  public static ExtractServer start(Vnie vnie, ServerOptions options) throws IOException {
    InetAddress address = InetAddress.getByName(options.host());
    ClientTimeLimits.install();
    HttpServer server = HttpServer.create(new InetSocketAddress(address, options.port()), 0);
    Routes routes =
        new Routes(vnie, options.maxRequestBytes(), address.isLoopbackAddress(), options.threads());
    server.createContext("/", routes);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            options.threads() * CONNECTIONS_PER_PROCESSING_THREAD, daemonThreads());
    server.setExecutor(executor);
    server.start();
    return new ExtractServer(server, executor);
  }

  /** The port listened on (the one chosen when the options asked for port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The address of the page, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /** Stops answering at once and ends the request threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Daemon threads, so a server left running never keeps the JVM alive. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "vnie-serve-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
