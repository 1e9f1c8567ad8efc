package vnie.cli;

import picocli.CommandLine.Command;

/** {@code vnie train}: trains the statistical models from a treebank; one subcommand a model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a model from UD CoNLL-U files and writes it to the models folder.",
    subcommands = {
      TrainSegmenterCommand.class,
      TrainPosCommand.class,
      TrainNerCommand.class,
      TrainEventsCommand.class,
      TrainClustersCommand.class
    })
final class TrainCommand {}
