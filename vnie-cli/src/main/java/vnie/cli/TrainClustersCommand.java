package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.ner.WordClusters;
import vnie.train.WordClusterTrainer;

/** {@code vnie train clusters}: word classes from raw text, a feature of the entity model. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Learns word classes from raw Vietnamese text (every .txt under --text, tokenized into"
          + " syllables as vnie does) with the predictive exchange algorithm, and writes"
          + " OUT/clusters.tsv: each form that occurs at least --min-count times with its class"
          + " under each --classes granularity. Deterministic for the same files."
    })
final class TrainClustersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      defaultValue = "../shared/data/viwiki",
      description = "Folder of raw text. Default: ${DEFAULT-VALUE}.")
  Path text;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "models",
      description = "Folder to write clusters.tsv to. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--classes",
      paramLabel = "N,N",
      split = ",",
      defaultValue = "64,512",
      description = "Numbers of classes, one clustering each. Default: ${DEFAULT-VALUE}.")
  List<Integer> classes;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "12",
      description = "Passes over the vocabulary. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "5",
      description = "Forms seen fewer times get no class. Default: ${DEFAULT-VALUE}.")
  int minCount;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    WordClusterTrainer.Options options =
        new WordClusterTrainer.Options(classes, iterations, minCount);
    Map<String, int[]> forms = new WordClusterTrainer().train(text, options);
    Files.createDirectories(out);
    Path file = out.resolve(WordClusters.FILE_NAME);
    WordClusters.of(classes, forms)
        .write(
            file,
            "vnie word clusters: vnie train clusters --classes "
                + String.join(",", classes.stream().map(String::valueOf).toList())
                + " --iterations "
                + iterations
                + " --min-count "
                + minCount
                + " on "
                + text.getFileName());
    stdout.printf("vnie: %d forms in %s classes -> %s%n", forms.size(), classes, file);
    stdout.flush();
    return 0;
  }
}
