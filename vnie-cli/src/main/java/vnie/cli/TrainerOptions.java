package vnie.cli;

import picocli.CommandLine.Option;

/** The OpenNLP training settings every {@code vnie train} model shares. */
final class TrainerOptions {
  @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT.")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "100", description = "Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
  int cutoff;
}
