package vnie.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.core.Document;

/** The JSON API and the other endpoints over real HTTP on a loopback port. */
class ExtractServerTest {
  private static final int LIMIT = 4096;
  private static final String TEXT = "Trung úy Albert Kotzebue gặp quân Liên Xô ngày 25/4/1945.";

  private static Vnie vnie;
  private static ExtractServer server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws IOException {
    vnie = Vnie.create();
    server = ExtractServer.start(vnie, new ServerOptions("127.0.0.1", 0, LIMIT, 4));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(
      String method, String path, String contentType, BodyPublisher body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return CLIENT.send(request.method(method, body).build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String contentType, String body)
      throws Exception {
    return send("POST", path, contentType, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The answer to the example of {@code POST /api/extract} in docs/usage.md, byte for byte as the
   * server sent it before Jackson wrote its JSON.
   */
  private static final String README_ANSWER =
      "{\"text_length\":56,\"entities\":[{\"type\":\"RANK\",\"start\":0,\"end\":9,\"text\":\"Đại tướng\",\"value\":\"\",\"source\":\"ranks\",\"sentence\":0,\"person_id\":\"\"},{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\",\"value\":\"\",\"source\":\"person-after-rank\",\"sentence\":0,\"person_id\":\"P1\"},{\"type\":\"LOCATION\",\"start\":34,\"end\":37,\"text\":\"Lào\",\"value\":\"\",\"source\":\"countries\",\"sentence\":0,\"person_id\":\"\"},{\"type\":\"LOCATION\",\"start\":40,\"end\":46,\"text\":\"Hà Nội\",\"value\":\"\",\"source\":\"places\",\"sentence\":0,\"person_id\":\"\"},{\"type\":\"DATE\",\"start\":47,\"end\":55,\"text\":\"năm 1954\",\"value\":\"1954\",\"source\":\"date-grammar\",\"sentence\":0,\"person_id\":\"\"}],\"relations\":[{\"id\":\"R1\",\"type\":\"HasRank\",\"arg1\":{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\"},\"arg2\":{\"type\":\"RANK\",\"start\":0,\"end\":9,\"text\":\"Đại tướng\"},\"source\":\"model:events\"}],\"events\":[{\"id\":\"E1\",\"type\":\"Meet\",\"trigger\":{\"start\":25,\"end\":28,\"text\":\"gặp\"},\"arguments\":[{\"role\":\"Participant\",\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\"},{\"role\":\"Participant\",\"type\":\"LOCATION\",\"start\":34,\"end\":37,\"text\":\"Lào\"},{\"role\":\"Place\",\"type\":\"LOCATION\",\"start\":40,\"end\":46,\"text\":\"Hà Nội\"},{\"role\":\"Time\",\"type\":\"DATE\",\"start\":47,\"end\":55,\"text\":\"năm 1954\"}],\"source\":\"model:events\"}],\"persons\":[{\"id\":\"P1\",\"name\":\"Võ Nguyên Giáp\",\"mentions\":[{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\"}]}]}";

  private static String expectedJson(String text) {
    return new String(Json.write(ExtractionJson.of(vnie.process("text", text))), UTF_8);
  }

  private static String error(int status, String message) throws Exception {
    return "{\"status\":" + status + ",\"error\":" + MAPPER.writeValueAsString(message) + "}";
  }

  /** Asserts that the server refused with {@code status} and its JSON error {@code message}. */
  private static void assertRefused(HttpResponse<String> response, int status, String message)
      throws Exception {
    assertEquals(status, response.statusCode());
    assertEquals(error(status, message), response.body());
  }

  private static String jsonText(String text) throws Exception {
    return "{\"text\": " + MAPPER.writeValueAsString(text) + "}";
  }

  @Test
  void plainTextGivesTheEntitiesRelationsEventsAndPersonsWithOffsets() throws Exception {
    HttpResponse<String> response = post("/api/extract", "text/plain; charset=utf-8", TEXT);

    assertEquals(200, response.statusCode());
    assertEquals(
        "application/json; charset=utf-8", response.headers().firstValue("Content-Type").get());
    assertEquals(expectedJson(TEXT), response.body());
    JsonNode json = MAPPER.readTree(response.body());
    JsonNode person = json.get("entities").get(1);
    assertEquals("Albert Kotzebue", person.get("text").textValue());
    int start = person.get("start").intValue();
    int end = person.get("end").intValue();
    assertEquals("Albert Kotzebue", TEXT.substring(start, end));
    assertEquals("P1", person.get("person_id").textValue());
    assertEquals(1, json.get("relations").size());
    assertEquals(1, json.get("events").size());
    assertEquals(1, json.get("persons").size());
  }

  @Test
  void theReadmeExampleIsAnsweredByteForByteAsBefore() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/extract",
            "application/json",
            "{\"text\": \"Đại tướng Võ Nguyên Giáp gặp quân Lào ở Hà Nội năm 1954.\"}");
    assertEquals(200, response.statusCode());
    assertEquals(README_ANSWER, response.body());
  }

  @Test
  void aJsonObjectWithTextGivesTheSameAnswerAndKeepsCrlfAndNfdOffsets() throws Exception {
    String text = "Tướng Giáp ở\r\nHa\u0300 No\u0302\u0323i.";
    HttpResponse<String> response = post("/api/extract", "application/json", jsonText(text));

    assertEquals(200, response.statusCode());
    assertEquals(expectedJson(text), response.body());
    for (JsonNode e : MAPPER.readTree(response.body()).get("entities")) {
      int start = e.get("start").intValue();
      int end = e.get("end").intValue();
      assertEquals(text.substring(start, end), e.get("text").textValue());
    }
  }

  @Test
  void anOversizedBodyIsRefusedWith413() throws Exception {
    HttpResponse<String> response = post("/api/extract", "text/plain", "a".repeat(LIMIT + 1));
    assertEquals(413, response.statusCode());
    assertEquals(
        error(413, "request body too large: the limit is " + LIMIT + " bytes"), response.body());
  }

  @Test
  void anOversizedBodyWithoutContentLengthIsRefusedWith413Too() throws Exception {
    byte[] body = "á".repeat(LIMIT).getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            "POST",
            "/api/extract",
            "text/plain",
            BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    assertEquals(413, response.statusCode());
  }

  @Test
  void aBodyAtTheLimitIsAccepted() throws Exception {
    HttpResponse<String> response = post("/api/extract", "text/plain", "a ".repeat(LIMIT / 2));
    assertEquals(200, response.statusCode());
  }

  @Test
  void malformedJsonIsRefusedWith400AndThePlace() throws Exception {
    HttpResponse<String> response = post("/api/extract", "application/json", "{\"text\": \"Huế");
    assertRefused(
        response,
        400,
        "malformed JSON at character 13: Unexpected end-of-input: was expecting closing"
            + " quote for a string value");
  }

  @Test
  void jsonWithoutAStringTextIsRefusedWith400() throws Exception {
    assertEquals(
        error(400, "the JSON object needs a string field \"text\""),
        post("/api/extract", "application/json", "{\"text\": 5}").body());
    assertEquals(
        error(400, "the JSON body must be an object such as {\"text\": \"…\"}"),
        post("/api/extract", "application/json", "[\"Huế\"]").body());
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedWith400() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/api/extract",
            "text/plain",
            BodyPublishers.ofByteArray("Hu\u1EBF".getBytes(StandardCharsets.UTF_16LE)));
    assertRefused(response, 400, "the body is not valid UTF-8");
  }

  @Test
  void aWrongMethodIsRefusedWith405AndTheAllowedOne() throws Exception {
    HttpResponse<String> get = send("GET", "/api/extract", null, BodyPublishers.noBody());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").get());
    assertEquals(error(405, "method GET is not allowed here; use POST"), get.body());
    HttpResponse<String> delete = send("DELETE", "/", null, BodyPublishers.noBody());
    assertEquals(405, delete.statusCode());
    assertEquals("GET", delete.headers().firstValue("Allow").get());
  }

  @Test
  void anUnsupportedMediaTypeOrCharsetIsRefusedWith415() throws Exception {
    HttpResponse<String> form = post("/api/extract", "application/x-www-form-urlencoded", "text=a");
    assertRefused(
        form,
        415,
        "Content-Type application/x-www-form-urlencoded is not supported: send text/plain;"
            + " charset=utf-8 or application/json");
    HttpResponse<String> latin = post("/api/extract", "text/plain; charset=ISO-8859-1", "a");
    assertRefused(latin, 415, "charset iso-8859-1 is not supported: send UTF-8");
    HttpResponse<String> none = send("POST", "/api/extract", null, BodyPublishers.ofString("a"));
    assertEquals(415, none.statusCode());
  }

  @Test
  void anUnknownPathIsAnswered404() throws Exception {
    HttpResponse<String> response = send("GET", "/nothing", null, BodyPublishers.noBody());
    assertRefused(response, 404, "no such page: /nothing");
  }

  @Test
  void aForeignHostNameIsRefusedWith403() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 403 "), answer);
      assertTrue(
          answer.endsWith(error(403, "this server answers only to 127.0.0.1 and localhost")),
          answer);
    }
  }

  @Test
  void thePageAndTheRenderedTextAndTheCsvAreServed() throws Exception {
    HttpResponse<String> page = send("GET", "/", null, BodyPublishers.noBody());
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").get());
    assertTrue(page.body().contains("<textarea id=\"text\""), page.body());

    HttpResponse<String> html = post("/api/render", "text/plain", TEXT);
    assertEquals(200, html.statusCode());
    Document doc = vnie.process("text", TEXT);
    assertEquals(doc.mentions().size(), count(html.body(), "<mark class=\"mention "));

    HttpResponse<String> csv = post("/api/entities.csv", "text/plain", TEXT);
    assertEquals(200, csv.statusCode());
    assertEquals(
        "attachment; filename=\"entities.csv\"",
        csv.headers().firstValue("Content-Disposition").get());
    assertTrue(
        csv.body()
            .startsWith(
                "\uFEFFdoc,sentence,start,end,type,text,value,source,person_id\r\n"
                    + "text,0,0,8,RANK,Trung úy,,ranks,\r\n"),
        csv.body());
  }

  @Test
  void concurrentRequestsEachGetTheAnswerForTheirOwnText() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add("Đại tá Nguyễn Văn " + (char) ('A' + i) + " đến Huế năm " + (1900 + i) + ".");
    }
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String text : texts) {
        answers.add(clients.submit(() -> post("/api/extract", "text/plain", text)));
      }
      for (int i = 0; i < texts.size(); i++) {
        HttpResponse<String> response = answers.get(i).get();
        assertEquals(200, response.statusCode());
        assertEquals(expectedJson(texts.get(i)), response.body(), texts.get(i));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void theServerListensOnLoopbackOnly() {
    assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
