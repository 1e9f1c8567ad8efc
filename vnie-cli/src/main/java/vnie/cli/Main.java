package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;
import vnie.io.FileFormatException;

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
    FileNameEncoding.warning().ifPresent(warning -> System.err.println("vnie: " + warning));
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line with vnie's handling of bad usage and failures (tests set its streams). */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // Bad usage: the reason and where the help is, not the whole help; exit code 2.
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          PrintWriter err = failed.getErr();
          err.println("vnie: " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, err);
          err.println("See '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return CommandLine.ExitCode.USAGE;
        });
    // Bad input or a missing file is reported in one line; anything else keeps its stack trace.
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A file that breaks its format is the user's to fix: its name, line and reason.
          boolean expected =
              e instanceof IOException
                  || e instanceof UncheckedIOException
                  || e instanceof IllegalArgumentException
                  || e instanceof FileFormatException;
          if (!expected || e.getMessage() == null) {
            throw e;
          }
          PrintWriter err = commandLine.getErr();
          err.println("vnie: " + message(e));
          if (e instanceof BadUsageException) {
            err.println("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
          }
          err.flush();
          return e instanceof BadUsageException ? CommandLine.ExitCode.USAGE : 1;
        });
    return cli;
  }

  /** The message of an expected failure, as a sentence when the file system gave only a path. */
  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    return cause instanceof FileSystemException problem
        ? FileProblem.describe(problem)
        : e.getMessage();
  }
}
