package vnie.cli;

import picocli.CommandLine.Command;

/** {@code vnie train}: trains the statistical models from a treebank; one subcommand a model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Trains a model and writes it to the models folder: the segmenter and the tagger from UD"
            + " CoNLL-U files, the entity and event models from brat annotations, the word"
            + " clusters from plain text.",
    subcommands = {
      TrainSegmenterCommand.class,
      TrainPosCommand.class,
      TrainNerCommand.class,
      TrainEventsCommand.class,
      TrainClustersCommand.class
    })
final class TrainCommand {}
