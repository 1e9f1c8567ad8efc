package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.EntityType;
import vnie.eval.Counts;
import vnie.eval.EntityScores;
import vnie.eval.MatchMode;
import vnie.model.ModelStore;
import vnie.ner.EntityModel;
import vnie.ner.EntityModelStage;
import vnie.ner.EntityModelTrainer;
import vnie.ner.EntityTagger;
import vnie.ner.Gazetteers;
import vnie.ner.LabelledDocument;
import vnie.ner.WordClusters;
import vnie.train.CrossValidation;
import vnie.train.EntityModelEvaluation;
import vnie.train.TrainingDocuments;

/** {@code vnie train ner}: trains the entity model and scores it on held-out annotations. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the entity model (PERSON, RANK, UNIT, LOCATION; dates stay with the date grammar)"
          + " from brat annotations and writes OUT/"
          + EntityModel.FILE_NAME
          + ". The model is an averaged perceptron over each token's words, shapes, segmentation"
          + " and POS, gazetteer lists, word clusters and the rules' findings.",
      "With --dev, scores on those annotations the rules alone and every way of combining the"
          + " model with the rules (the model alone is model-and-dates)."
    })
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnnotatedTrainingOptions data;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Instead of training one model, score K models by cross-validation over the --gold"
              + " documents, folds made by article (passages NAME-1, NAME-2 … stay together).")
  Integer folds;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Perceptron iterations. Default: ${DEFAULT-VALUE}.")
  int iterations = EntityModelTrainer.Settings.defaults().iterations();

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      description = "Features seen fewer times are dropped. Default: ${DEFAULT-VALUE}.")
  int cutoff = EntityModelTrainer.Settings.defaults().cutoff();

  @Option(
      names = "--features",
      paramLabel = "LIST",
      description =
          "What the features may use, of gazetteers,clusters,rules,document,context (the others are"
              + " always on)."
              + " Default: ${DEFAULT-VALUE}.")
  String features = "gazetteers,clusters,rules,document,context";

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Take clusters.tsv from DIR instead of the shipped one.")
  Path models;

  @Option(
      names = "--gazetteers",
      paramLabel = "DIR",
      description = "A folder of NAME.txt lists that replace or add to the shipped gazetteers.")
  Path gazetteerDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    TrainingDocuments documents = new TrainingDocuments();
    List<LabelledDocument> train = data.training(documents);
    ModelStore store = models != null ? ModelStore.folder(models) : ModelStore.shipped();
    WordClusters clusters = store.clusters();
    Gazetteers gazetteers = Gazetteers.load(gazetteerDir);
    EntityModelTrainer.Settings settings =
        new EntityModelTrainer.Settings(
            iterations, cutoff, EntityModelTrainer.Settings.features(features));
    if (folds != null) {
      crossValidate(stdout, train, gazetteers, clusters, settings);
      return 0;
    }
    EntityModel model = EntityModelTrainer.train(train, gazetteers, clusters, settings);
    stdout.printf("vnie: trained the entity model on %d documents%n", train.size());
    data.write(EntityModel.FILE_NAME, model::serialize, stdout);
    if (data.dev != null) {
      List<LabelledDocument> devDocs = data.development(documents);
      EntityModelEvaluation evaluation =
          EntityModelEvaluation.of(EntityTagger.of(model, gazetteers, clusters), devDocs);
      stdout.printf("scores on %d documents of %s%n", devDocs.size(), data.dev);
      stdout.println(header());
      stdout.println(row("rules", evaluation.rulesOnly()));
      for (Map.Entry<EntityModelStage.Merge, EntityScores> e : evaluation.merged().entrySet()) {
        stdout.println(
            row(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getValue()));
      }
    }
    stdout.flush();
    return 0;
  }

  private void crossValidate(
      PrintWriter stdout,
      List<LabelledDocument> docs,
      Gazetteers gazetteers,
      WordClusters clusters,
      EntityModelTrainer.Settings settings)
      throws IOException {
    List<List<LabelledDocument>> parts = CrossValidation.byArticle(docs, folds);
    EntityModelEvaluation pooled =
        EntityModelEvaluation.crossValidated(
            parts,
            rest ->
                EntityTagger.of(
                    EntityModelTrainer.train(rest, gazetteers, clusters, settings),
                    gazetteers,
                    clusters));
    stdout.printf("%d-fold cross-validation over %d documents%n", parts.size(), docs.size());
    stdout.println(header());
    stdout.println(row("rules", pooled.rulesOnly()));
    for (Map.Entry<EntityModelStage.Merge, EntityScores> e : pooled.merged().entrySet()) {
      stdout.println(
          row(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.getValue()));
    }
  }

  private static String header() {
    StringBuilder line =
        new StringBuilder(String.format("%-18s %6s %6s %6s %6s", "", "P", "R", "F1", "ovF1"));
    for (EntityType t : EntityType.values()) {
      line.append(String.format(" %8s", t.name()));
    }
    return line.toString();
  }

  private static String row(String name, EntityScores scores) {
    Counts strict = scores.of(MatchMode.STRICT).micro();
    Counts overlap = scores.of(MatchMode.OVERLAP).micro();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-18s %6.3f %6.3f %6.3f %6.3f",
                name,
                strict.precision(),
                strict.recall(),
                strict.f1(),
                overlap.f1()));
    for (EntityType t : EntityType.values()) {
      line.append(String.format(Locale.ROOT, " %8.3f", scores.of(MatchMode.STRICT).of(t).f1()));
    }
    return line.toString();
  }
}
