package vnie.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** One run of the vnie command line with its standard streams captured, for the tests. */
record CommandRun(int exit, String out, String err) {
  /** Runs {@code args} with nothing on standard input. */
  static CommandRun of(String... args) {
    return withInput("", args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  static CommandRun withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exit = cli.execute(args);
      return new CommandRun(exit, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
