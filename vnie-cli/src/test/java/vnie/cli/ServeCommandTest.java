package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vnie.serve.ExtractServer;

class ServeCommandTest {
  @Test
  void theCommandStartsTheServerOnLoopbackWithItsSizeLimitAndSaysWhere() throws Exception {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command);
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err));
    line.parseArgs("--port", "0", "--max-request-bytes", "10", "--threads", "2");

    try (ExtractServer server = command.start()) {
      assertEquals(
          "vnie: serving http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)\n",
          err.toString().replace(System.lineSeparator(), "\n"));
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.uri().resolve("/api/extract"))
                      .header("Content-Type", "text/plain")
                      .POST(HttpRequest.BodyPublishers.ofString("Quân đội Mỹ"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(413, response.statusCode(), "\"Quân đội Mỹ\" is 15 bytes of UTF-8");
    }
  }

  @Test
  void aBadLimitIsAParameterError() {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command);
    line.parseArgs("--max-request-bytes", "0");
    CommandLine.ParameterException e =
        assertThrows(CommandLine.ParameterException.class, command::start);
    assertTrue(e.getMessage().startsWith("request size limit must be 1 to"), e.getMessage());
  }
}
