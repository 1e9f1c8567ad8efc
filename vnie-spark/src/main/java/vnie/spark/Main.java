package vnie.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vnie-spark} command line: vnie's extraction as a Spark job. */
@Command(
    name = "vnie-spark",
    mixinStandardHelpOptions = true,
    version = "vnie-spark 0.1.0",
    description = "vnie's extraction as an Apache Spark job, in local mode or on a cluster.",
    subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
