package vnie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vnie} command line: extract, evaluate, train, bench, report, serve, validate, rules
 * and stats.
 */
@Command(
    name = "vnie",
    mixinStandardHelpOptions = true,
    version = "vnie 0.1.0",
    description = "Vietnamese information extraction: people, ranks, units, places and dates.",
    subcommands = {
      ExtractCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      RulesCommand.class,
      StatsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // Bad input or a missing file is reported in one line; anything else keeps its stack trace.
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean expected =
              e instanceof IOException
                  || e instanceof UncheckedIOException
                  || e instanceof IllegalArgumentException;
          if (!expected || e.getMessage() == null) {
            throw e;
          }
          commandLine.getErr().println("vnie: " + e.getMessage());
          return 1;
        });
    return cli.execute(args);
  }
}
