package vnie.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the text to process from a request body: {@code text/plain} (the body is the text) or
 * {@code application/json} (an object whose {@code "text"} is the text), UTF-8 in both cases.
 * Refuses a body over the size limit (413), another media type or charset (415), and a body that is
 * not UTF-8 or not the JSON asked for (400). Stateless.
 */
final class RequestText {
  /** An oversized body is read and dropped up to this much, so the client gets the 413 cleanly. */
  private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private RequestText() {}

  static String read(HttpExchange exchange, int maxBytes) throws HttpProblem, IOException {
    MediaType type = MediaType.parse(exchange.getRequestHeaders().getFirst("Content-Type"));
    byte[] body = body(exchange, maxBytes);
    boolean plain = type.name().equals("text/plain");
    if (!plain && !type.name().equals("application/json")) {
      throw new HttpProblem(
          415,
          (type.name().isEmpty()
                  ? "Content-Type missing"
                  : "Content-Type " + type.name() + " is not supported")
              + ": send text/plain; charset=utf-8 or application/json");
    }
    if (!type.charset().isEmpty()
        && !type.charset().equals("utf-8")
        && !type.charset().equals("utf8")) {
      throw new HttpProblem(415, "charset " + type.charset() + " is not supported: send UTF-8");
    }
    String text = utf8(body);
    return plain ? text : textField(text);
  }

  private static byte[] body(HttpExchange exchange, int maxBytes) throws HttpProblem, IOException {
    InputStream in = exchange.getRequestBody();
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && declaredLength(length) > maxBytes) {
      drain(in);
      throw tooLarge(maxBytes);
    }
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      drain(in);
      throw tooLarge(maxBytes);
    }
    return bytes;
  }

  private static long declaredLength(String header) throws HttpProblem {
    try {
      long length = Long.parseLong(header.trim());
      if (length >= 0) {
        return length;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new HttpProblem(400, "bad Content-Length: " + header);
  }

  private static void drain(InputStream in) throws IOException {
    long left = DRAIN_LIMIT;
    byte[] buffer = new byte[8192];
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  private static HttpProblem tooLarge(int maxBytes) {
    return new HttpProblem(413, "request body too large: the limit is " + maxBytes + " bytes");
  }

  private static String utf8(byte[] bytes) throws HttpProblem {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProblem(400, "the body is not valid UTF-8");
    }
  }

  private static String textField(String json) throws HttpProblem {
    JsonNode value;
    try {
      value = Json.read(json);
    } catch (Json.MalformedJsonException e) {
      throw new HttpProblem(400, e.getMessage());
    }
    if (!value.isObject()) {
      throw new HttpProblem(400, "the JSON body must be an object such as {\"text\": \"…\"}");
    }
    JsonNode text = value.get("text");
    if (text == null || !text.isTextual()) {
      throw new HttpProblem(400, "the JSON object needs a string field \"text\"");
    }
    return text.textValue();
  }

  /** The media type of a Content-Type header, lower case, with its charset (empty when none). */
  record MediaType(String name, String charset) {
    static MediaType parse(String header) {
      if (header == null || header.isBlank()) {
        return new MediaType("", "");
      }
      String[] parts = header.split(";", -1);
      String charset = "";
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].split("=", 2);
        if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
          charset = parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
        }
      }
      return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), charset);
    }
  }
}
