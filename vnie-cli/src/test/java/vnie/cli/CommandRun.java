package vnie.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the vnie command line with its standard streams captured, for the tests: what a
 * command prints (totals, skipped files, score tables, error messages) is for the test to assert
 * on, not for the console of {@code mvn test}. With {@code -Dvnie.test.verbose=true} each run is
 * also echoed to the console, the command first, for debugging a test.
 */
public record CommandRun(int exit, String out, String err) {
  /** The system property that echoes every run to the console. */
  static final String VERBOSE = "vnie.test.verbose";

  /** Runs {@code args} with nothing on standard input. */
  public static CommandRun of(String... args) {
    return withInput("", args);
  }

  /**
   * Runs {@code vnie report}: the HTML page {@code html} of the extract run in {@code pred}, its
   * texts found by {@code sourceOption} ({@code --gold} or {@code --text}) {@code source}.
   */
  public static CommandRun report(Path pred, String sourceOption, Path source, Path html) {
    return of(
        "report",
        "--pred",
        pred.toString(),
        sourceOption,
        source.toString(),
        "--out",
        html.toString());
  }

  /**
   * Runs {@code command} followed by {@code options}, for a test's fixed command and its options.
   */
  public static CommandRun of(List<String> command, String... options) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of(options));
    return of(args.toArray(String[]::new));
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  public static CommandRun withInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exit = cli.execute(args);
      CommandRun run = new CommandRun(exit, out.toString(), err.toString());
      if (Boolean.getBoolean(VERBOSE)) {
        run.echo(args);
      }
      return run;
    } finally {
      System.setIn(saved);
    }
  }

  /** Standard output with the platform's line ends as {@code \n}. */
  public String outLines() {
    return out.replace(System.lineSeparator(), "\n");
  }

  /** Standard error with the platform's line ends as {@code \n}. */
  public String errLines() {
    return err.replace(System.lineSeparator(), "\n");
  }

  private void echo(String... args) {
    System.out.println("$ vnie " + String.join(" ", args) + "   (exit " + exit + ")");
    System.out.print(out);
    System.out.flush();
    System.err.print(err);
    System.err.flush();
  }
}
