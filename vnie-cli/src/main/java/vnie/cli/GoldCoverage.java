package vnie.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which gold documents of {@code vnie evaluate} have a prediction, checked before scoring:
 * predictions of no gold document would score zeros that look like a result.
 *
 * @param gold the --gold folder, for the messages
 * @param pred the --pred folder, for the messages
 * @param goldNames the names of the gold documents
 * @param predictedNames the names of the predicted documents
 * @param predHasTables whether --pred holds the tables of vnie extract (else its brat files)
 */
record GoldCoverage(
    Path gold,
    Path pred,
    Set<String> goldNames,
    Set<String> predictedNames,
    boolean predHasTables) {
  GoldCoverage {
    goldNames = Set.copyOf(goldNames);
    predictedNames = Set.copyOf(predictedNames);
  }

  /** The gold documents without a prediction, in name order. */
  List<String> unpredicted() {
    return goldNames.stream().filter(name -> !predictedNames.contains(name)).sorted().toList();
  }

  /** Refuses a --pred folder of which no document has gold: bad usage, exit code 2. */
  void requireSome() {
    if (unpredicted().size() < goldNames.size()) {
      return;
    }
    String prefix = "no predicted document matches a gold document: --pred " + pred;
    if (predictedNames.isEmpty()) {
      throw new BadUsageException(
          prefix
              + (predHasTables
                  ? " has tables without a row"
                  : " holds no results (no entities.csv and no .ann files)")
              + "; check --pred: give the --out folder of a vnie extract run on the texts of"
              + " --gold "
              + gold);
    }
    throw new BadUsageException(
        prefix
            + " has "
            + sample(predictedNames)
            + ", --gold "
            + gold
            + " has "
            + sample(goldNames)
            + ". Documents are matched by name, their path under the folder given (test/x);"
            + " check --pred: extract the texts of --gold at the folder level they were"
            + " annotated");
  }

  /** A warning when some gold documents have no prediction, which then count as all missed. */
  Optional<String> warning() {
    List<String> missing = unpredicted();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        missing.size()
            + " of "
            + goldNames.size()
            + " gold documents have no prediction in --pred "
            + pred
            + " ("
            + sample(missing)
            + "): vnie found nothing in them or they were not extracted; their annotations"
            + " count as missed");
  }

  private static String sample(Collection<String> names) {
    List<String> sorted = List.copyOf(new TreeSet<>(names));
    return sorted.size() <= 3
        ? String.join(", ", sorted)
        : String.join(", ", sorted.subList(0, 3)) + " … (" + sorted.size() + ")";
  }
}
