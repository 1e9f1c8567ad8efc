package vnie.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.Vnie;

/**
 * A page of another site cannot make the server work nor show it in a frame; curl and scripts,
 * which send no {@code Origin}, are served as before (issue #20, fault 14).
 */
class CrossOriginTest {
  private static final String TEXT = "Trung úy Albert Kotzebue gặp quân Liên Xô.";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static ExtractServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ExtractServer.start(Vnie.create(), new ServerOptions("127.0.0.1", 0, 4096, 2));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The server's own origin, as a browser names it: no trailing slash. */
  private static String ownOrigin() {
    String uri = server.uri().toString();
    return uri.substring(0, uri.length() - 1);
  }

  private static HttpResponse<String> postText(String origin, String contentType, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri().resolve("/api/extract"))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void aNoCorsPlainTextPostFromAnotherSiteIsRefusedWithJson() throws Exception {
    HttpResponse<String> response =
        postText("http://evil.example", "text/plain; charset=utf-8", TEXT);

    assertEquals(403, response.statusCode());
    assertEquals(
        "{\"status\":403,\"error\":\"requests from other sites are refused: Origin"
            + " http://evil.example is not this server's "
            + ownOrigin()
            + "; use the server's page, or send without an Origin header (curl, scripts)\"}",
        response.body());
  }

  @Test
  void aPostFromAPageWithoutOriginIsRefused() throws Exception {
    // Sandboxed frames and local files send Origin: null.
    assertEquals(
        403, postText("null", "application/json", "{\"text\": \"xin chào\"}").statusCode());
  }

  @Test
  void theServersOwnPageIsServed() throws Exception {
    HttpResponse<String> response = postText(ownOrigin(), "text/plain; charset=utf-8", TEXT);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Albert Kotzebue"), response.body());
  }

  @Test
  void aRequestWithoutOriginIsServedAsCurlSendsIt() throws Exception {
    assertEquals(200, postText(null, "text/plain; charset=utf-8", TEXT).statusCode());
  }

  @Test
  void noAnswerMayBeShownInAFrameOfAnotherSite() throws Exception {
    HttpResponse<String> page =
        CLIENT.send(HttpRequest.newBuilder(server.uri()).GET().build(), BodyHandlers.ofString());
    HttpResponse<String> missing =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/nothing")).GET().build(),
            BodyHandlers.ofString());
    HttpResponse<String> refused = postText("http://evil.example", "text/plain", TEXT);
    HttpResponse<String> served = postText(null, "text/plain", TEXT);

    for (HttpResponse<String> response : List.of(page, missing, refused, served)) {
      String where = response.uri() + " " + response.statusCode();
      assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
      assertTrue(
          response
              .headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .endsWith("; frame-ancestors 'none'"),
          where);
    }
  }

  @Test
  void aLongNumberInTheJsonIsRefusedBeforeItIsConverted() throws Exception {
    String digits = "9".repeat(Json.MAX_NUMBER_LENGTH + 1);

    HttpResponse<String> response =
        postText(null, "application/json", "{\"text\": \"xin chào\", \"n\": " + digits + "}");

    assertEquals(400, response.statusCode());
    assertTrue(
        response.body().contains("Number value length (101) exceeds the maximum allowed (100"),
        response.body());
  }
}
