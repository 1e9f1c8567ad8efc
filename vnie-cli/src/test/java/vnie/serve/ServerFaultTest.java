package vnie.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.pipeline.Stage;

/**
 * The server under faults (issue #20): an error in one request stays in that request, and slow
 * clients neither stall the others nor hold a connection past the read limit.
 */
class ServerFaultTest {
  private static final int PROCESSING_THREADS = 2;

  /** Runs out of memory on the text "heap", as the JVM would in the middle of the pipeline. */
  private static final Stage OUT_OF_MEMORY_ON_HEAP =
      Stage.refining("out-of-memory-on-heap", Layer.ENTITIES, ServerFaultTest::outOfMemoryOnHeap);

  private static Document outOfMemoryOnHeap(Document document) {
    if (document.text().equals("heap")) {
      throw new OutOfMemoryError("Java heap space (simulated)");
    }
    return document;
  }

  private static ExtractServer server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws IOException {
    Vnie vnie = Vnie.builder().rulesOnly().add(OUT_OF_MEMORY_ON_HEAP).build();
    server =
        ExtractServer.start(
            vnie,
            new ServerOptions(
                "127.0.0.1", 0, ServerOptions.DEFAULT_MAX_REQUEST_BYTES, PROCESSING_THREADS));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> extract(String text) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.uri().resolve("/api/extract"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "text/plain; charset=utf-8")
            .POST(BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build();
    return CLIENT.send(request, BodyHandlers.ofString());
  }

  @Test
  void outOfMemoryInOneRequestIsAnswered500AndTheNextRequestsAreServed() throws Exception {
    HttpResponse<String> failed = extract("heap");
    assertEquals(500, failed.statusCode());
    assertEquals(
        "{\"status\":500,\"error\":\"processing ran out of memory: send a shorter text\"}",
        failed.body());
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> next = extract("Trung úy Albert Kotzebue gặp quân Liên Xô.");
      assertEquals(200, next.statusCode(), next.body());
      assertTrue(next.body().contains("\"text\":\"Trung úy\""), next.body());
    }
  }

  @Test
  void clientsSendingTheirHeadersSlowlyDoNotStallTheOthers() throws Exception {
    extract("Hà Nội"); // warm up, so that the answer below comes well within the read limit
    List<Socket> slow = new ArrayList<>();
    try {
      // More stalled clients than processing threads: each holds a connection thread.
      long start = System.nanoTime();
      for (int i = 0; i < 2 * PROCESSING_THREADS; i++) {
        slow.add(startSlowRequest());
      }

      HttpResponse<String> answer = extract("Hà Nội");

      assertEquals(200, answer.statusCode());
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis < ClientTimeLimits.readSeconds() * 1000 - 1500) { // time left for the checks
        // Served while the slow clients were still sending, not after they were cut off.
        for (Socket socket : slow) {
          assertTrue(isOpen(socket), "the slow client's request is still being read");
        }
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void aClientStillSendingHeadersAfterTheReadLimitIsCutOff() throws Exception {
    long limitMillis = ClientTimeLimits.readSeconds() * 1000;
    try (Socket socket = startSlowRequest()) {
      long start = System.nanoTime();
      OutputStream out = socket.getOutputStream();
      long elapsed = 0;
      for (int line = 0; isOpen(socket) && elapsed < limitMillis + 30_000; line++) {
        out.write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        elapsed = (System.nanoTime() - start) / 1_000_000;
      }
      assertTrue(elapsed >= limitMillis - 1000, "cut off after " + elapsed + " ms, too early");
      assertThrows(IOException.class, () -> writeUntilRefused(out));
    }
  }

  /** A connection that has sent the request line and one header, and then stalls. */
  private static Socket startSlowRequest() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
    socket
        .getOutputStream()
        .write(
            "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** True when the server has not closed the connection: a read waits instead of ending. */
  private static boolean isOpen(Socket socket) throws IOException {
    socket.setSoTimeout(200);
    try {
      InputStream in = socket.getInputStream();
      return in.read() >= 0;
    } catch (SocketTimeoutException e) {
      return true;
    } catch (SocketException e) {
      return false; // reset by the server
    }
  }

  private static void writeUntilRefused(OutputStream out) throws IOException {
    byte[] line = "X-After: 1\r\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 1000; i++) {
      out.write(line);
      out.flush();
    }
  }
}
