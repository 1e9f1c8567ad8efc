package vnie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vnie} command line: {@code extract}, {@code evaluate}, {@code train-ner}, {@code
 * report} and {@code serve}.
 */
@Command(
    name = "vnie",
    mixinStandardHelpOptions = true,
    version = "vnie 0.1.0",
    description = "Vietnamese information extraction: people, ranks, units, places and dates.",
    subcommands = {
      ExtractCommand.class,
      EvaluateCommand.class,
      TrainNerCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
