package vnie.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.ResultTable;
import vnie.io.SpreadsheetCsv;
import vnie.report.DocumentRenderer;
import vnie.report.LocalPage;

/**
 * Answers every request of the server: the page, the three POST endpoints, and a JSON error with
 * the right status for anything else. Holds only immutable, thread-safe parts.
 */
final class Routes implements HttpHandler {
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";

  /** The page's policy, and no site may show any answer in a frame (clickjacking). */
  static final String POLICY = LocalPage.POLICY + "; frame-ancestors 'none'";

  /** The name of a pasted text in the CSV and in the page. */
  static final String DOCUMENT_ID = "text";

  private final Vnie vnie;
  private final int maxRequestBytes;
  private final boolean loopbackOnly;
  // Texts processed at once: the CPU-bound part, fewer than the connections being read.
  private final Semaphore processing;
  private final DocumentRenderer renderer = new DocumentRenderer();
  private final byte[] page;

  Routes(Vnie vnie, int maxRequestBytes, boolean loopbackOnly, int processingThreads) {
    this.vnie = vnie;
    this.processing = new Semaphore(processingThreads, true);
    this.maxRequestBytes = maxRequestBytes;
    this.loopbackOnly = loopbackOnly;
    this.page = LocalPage.html(maxRequestBytes).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (HttpProblem problem) {
        sendError(exchange, problem.status(), problem.getMessage());
      } catch (RuntimeException e) {
        // The pipeline failed on this text; the client learns that much, the server goes on.
        sendError(exchange, 500, "processing failed: " + e.getClass().getSimpleName());
      } catch (OutOfMemoryError e) { // NOPMD: the request's memory is free again once it fails
        sendError(exchange, 500, "processing ran out of memory: send a shorter text");
      } catch (Error e) { // NOPMD: as a runtime exception, the failure stays in its request
        sendError(exchange, 500, "processing failed: " + e.getClass().getSimpleName());
      }
    }
  }

  private void route(HttpExchange exchange) throws HttpProblem, IOException {
    checkHost(exchange);
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    if (method.equals("POST")) {
      SameOrigin.check(exchange);
    }
    switch (path) {
      case "/" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, HTML, page);
      }
      case "/api/extract" -> {
        allow(exchange, method, "POST");
        Document doc = process(exchange);
        send(exchange, 200, JSON, Json.write(ExtractionJson.of(doc)));
      }
      case "/api/render" -> {
        allow(exchange, method, "POST");
        Document doc = process(exchange);
        send(exchange, 200, HTML, bytes(renderer.render(doc, "d0")));
      }
      case "/api/entities.csv" -> {
        allow(exchange, method, "POST");
        Document doc = process(exchange);
        StringWriter csv = new StringWriter();
        // A download from the page is opened in Excel more often than read by a script.
        csv.write(SpreadsheetCsv.EXCEL_MARK);
        ResultTable.ENTITIES.write(List.of(doc), csv);
        exchange
            .getResponseHeaders()
            .set(
                "Content-Disposition",
                "attachment; filename=\"" + ResultTable.ENTITIES.fileName() + "\"");
        send(exchange, 200, "text/csv; charset=utf-8", bytes(csv.toString()));
      }
      default -> throw new HttpProblem(404, "no such page: " + path);
    }
  }

  /**
   * The text of the request through the pipeline. The body is read first, on the connection's
   * thread, so that a slow client holds no processing slot.
   */
  private Document process(HttpExchange exchange) throws HttpProblem, IOException {
    String text = RequestText.read(exchange, maxRequestBytes);
    try {
      processing.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpProblem(503, "the server is stopping");
    }
    try {
      return vnie.process(DOCUMENT_ID, text);
    } finally {
      processing.release();
    }
  }

  private static void allow(HttpExchange exchange, String method, String allowed)
      throws HttpProblem {
    if (!method.equals(allowed)) {
      exchange.getResponseHeaders().set("Allow", allowed);
      throw new HttpProblem(405, "method " + method + " is not allowed here; use " + allowed);
    }
  }

  /**
   * Bound to loopback, the server answers only requests addressed to a loopback name, so a web page
   * elsewhere cannot reach it through a host name that it points at 127.0.0.1 (DNS rebinding).
   */
  private void checkHost(HttpExchange exchange) throws HttpProblem {
    if (!loopbackOnly) {
      return;
    }
    String host = exchange.getRequestHeaders().getFirst("Host");
    String name = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      name = name.substring(0, Math.max(1, name.indexOf(']') + 1));
    } else if (name.contains(":")) {
      name = name.substring(0, name.indexOf(':'));
    }
    boolean loopback =
        name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
    if (!loopback) {
      throw new HttpProblem(403, "this server answers only to 127.0.0.1 and localhost");
    }
  }

  /** The body of every error answer. */
  record ErrorJson(int status, String error) {}

  private static void sendError(HttpExchange exchange, int status, String message)
      throws IOException {
    send(exchange, status, JSON, Json.write(new ErrorJson(status, message)));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
    exchange.getResponseHeaders().set("X-Frame-Options", "DENY"); // for browsers without CSP 2
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
