package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vnie.Vnie;
import vnie.serve.ExtractServer;
import vnie.serve.ServerOptions;

/** {@code vnie serve}: a local web page to paste text into, and a JSON API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves a page at http://HOST:PORT/ where a pasted text is shown with its mentions"
          + " highlighted and its entities can be downloaded as CSV, and the JSON API"
          + " POST /api/extract (body: text/plain; charset=utf-8, or application/json"
          + " {\"text\": \"…\"}). Stops on Ctrl+C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on, 0 for any free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to bind. Default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 opens the"
              + " server to the network.")
  String host;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "BYTES",
      defaultValue = "1048576",
      description = "Largest request body accepted (larger: HTTP 413). Default: ${DEFAULT-VALUE}.")
  int maxRequestBytes;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Requests processed at once. Default: one per core, at least 2.")
  Integer threads;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Folder of trained models to use instead of the ones shipped with vnie.")
  Path models;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ExtractServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /** Builds the pipeline, starts the server and says where it listens. */
  ExtractServer start() throws IOException {
    ServerOptions options;
    try {
      int defaultThreads = ServerOptions.loopback(0).threads();
      options =
          new ServerOptions(
              host, port, maxRequestBytes, threads != null ? threads : defaultThreads);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Vnie.Builder builder = Vnie.builder();
    if (models != null) {
      builder.models(models);
    }
    ExtractServer server;
    try {
      server = ExtractServer.start(builder.build(), options);
    } catch (BindException e) {
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("vnie: serving " + server.uri() + " (Ctrl+C to stop)");
    err.flush();
    return server;
  }
}
