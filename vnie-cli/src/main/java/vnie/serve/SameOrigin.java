package vnie.serve;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;

/**
 * Refuses a POST that a page of another site made a browser send. Such a page can send {@code
 * text/plain} without asking the server first ({@code no-cors}): it cannot read the answer, but it
 * makes the server work. A browser always names the page's origin in {@code Origin} on a POST, so a
 * request with another origin there is refused; a request without the header comes from no page
 * (curl, scripts) and is served.
 */
final class SameOrigin {
  private SameOrigin() {}

  static void check(HttpExchange exchange) throws HttpProblem {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    if (origin == null) {
      return;
    }
    String host = exchange.getRequestHeaders().getFirst("Host");
    String own = "http://" + (host == null ? "" : host.trim().toLowerCase(Locale.ROOT));
    String given = origin.trim().toLowerCase(Locale.ROOT);
    // https: the same host behind a TLS proxy.
    if (!given.equals(own) && !given.equals("https" + own.substring("http".length()))) {
      throw new HttpProblem(
          403,
          "requests from other sites are refused: Origin "
              + origin
              + " is not this server's "
              + own
              + "; use the server's page, or send without an Origin header (curl, scripts)");
    }
  }
}
