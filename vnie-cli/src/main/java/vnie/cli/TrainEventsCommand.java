package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Document;
import vnie.eval.Counts;
import vnie.eval.StructureScores;
import vnie.event.EventModel;
import vnie.event.EventModelTrainer;
import vnie.ner.LabelledDocument;
import vnie.train.CrossValidation;
import vnie.train.EventModelEvaluation;
import vnie.train.TrainingDocuments;
import vnie.train.TriggerBiasTuning;

/** {@code vnie train events}: trains the trigger, argument and relation models. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the event and relation models (trigger labeller, argument classifier, relation"
          + " classifier: averaged perceptrons that read the rules' findings as features) from"
          + " brat annotations and writes OUT/"
          + EventModel.FILE_NAME
          + ".",
      "With --dev, chooses the trigger labeller's outside bias on those annotations (unless"
          + " --trigger-bias gives it) and scores there relations, triggers and arguments of the"
          + " rules and of the model, with the entities vnie finds and with the gold entities."
    })
final class TrainEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AnnotatedTrainingOptions data;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description = "Perceptron iterations. Default: ${DEFAULT-VALUE}.")
  int iterations = EventModelTrainer.Settings.defaults().iterations();

  @Option(
      names = "--trigger-bias",
      paramLabel = "auto|NUMBER",
      description =
          "Score taken from the trigger labeller's 'no event' label: larger finds more triggers."
              + " auto: the bias of 0 to 40 under which the triggers and arguments of --dev score"
              + " best (0 without --dev). Default: ${DEFAULT-VALUE}.")
  String triggerBias = "auto";

  @Option(
      names = "--tune-on-left-out",
      description =
          "The --leave-out documents (not trained on) join --dev in choosing the trigger bias:"
              + " one number chosen on more text than dev alone varies less from one training to"
              + " the next.")
  boolean tuneOnLeftOut;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Instead of training one model, score K models by cross-validation over the --gold"
              + " documents, folds made by article (passages NAME-1, NAME-2 … stay together);"
              + " needs a number for --trigger-bias.")
  Integer folds;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Double fixed = fixedBias();
    if (folds != null && fixed == null) {
      throw new BadUsageException(
          "--folds needs a number for --trigger-bias: auto would tune it on the held-out folds"
              + " (the shipped models use the bias models/README.md gives)");
    }
    if (tuneOnLeftOut && (data.leaveOut == null || data.dev == null || fixed != null)) {
      throw new BadUsageException(
          "--tune-on-left-out needs --leave-out and --dev, and a trigger bias of auto: it adds the"
              + " left-out documents to those the bias is tuned on");
    }
    TrainingDocuments documents = new TrainingDocuments();
    AnnotatedTrainingOptions.Split split = data.split(documents);
    List<LabelledDocument> train = split.train();
    if (folds != null) {
      crossValidate(stdout, train, fixed);
      return 0;
    }
    EventModel model = train(train);
    stdout.printf("vnie: trained the event models on %d documents%n", train.size());
    List<LabelledDocument> devDocs = data.dev == null ? List.of() : data.development(documents);
    List<LabelledDocument> tuning = new ArrayList<>(devDocs);
    String tunedOn = String.valueOf(data.dev);
    if (tuneOnLeftOut) {
      tuning.addAll(split.leftOut());
      tunedOn += " and the " + split.leftOut().size() + " --leave-out documents";
    }
    model = model.withTriggerOutsideBias(bias(model, tuning, tunedOn, stdout));
    data.write(EventModel.FILE_NAME, model::serialize, stdout);
    if (data.dev != null) {
      stdout.printf("scores on %d documents of %s (micro P / R / F1)%n", devDocs.size(), data.dev);
      print(stdout, EventModelEvaluation.of(model, devDocs));
    }
    stdout.flush();
    return 0;
  }

  private EventModel train(List<LabelledDocument> documents) throws IOException {
    List<Document> analysed = new ArrayList<>();
    List<Document> goldDocs = new ArrayList<>();
    for (LabelledDocument d : documents) {
      analysed.add(d.analysed());
      goldDocs.add(d.gold());
    }
    return EventModelTrainer.train(
        analysed, goldDocs, new EventModelTrainer.Settings(iterations, 1));
  }

  private void crossValidate(PrintWriter stdout, List<LabelledDocument> docs, double bias) {
    List<List<LabelledDocument>> parts = CrossValidation.byArticle(docs, folds);
    EventModelEvaluation pooled =
        EventModelEvaluation.crossValidated(
            parts,
            rest -> {
              try {
                return train(rest).withTriggerOutsideBias(bias);
              } catch (IOException e) {
                throw new UncheckedIOException(e); // the rule lexicons are packaged resources
              }
            });
    stdout.printf(
        "%d-fold cross-validation over %d documents (micro P / R / F1)%n",
        parts.size(), docs.size());
    print(stdout, pooled);
    // Relations by type: Commands is rare and hard, and the micro figure hides it.
    StructureScores gold = pooled.scores().get("model, gold entities");
    stdout.printf(
        "relations with gold entities: HasRank %s, Commands %s%n",
        prf(gold.relations().of("HasRank")), prf(gold.relations().of("Commands")));
    stdout.flush();
  }

  private static void print(PrintWriter stdout, EventModelEvaluation evaluation) {
    stdout.printf("%-22s %-20s %-20s %-20s%n", "", "relations", "triggers", "arguments");
    for (Map.Entry<String, StructureScores> e : evaluation.scores().entrySet()) {
      stdout.printf(
          "%-22s %-20s %-20s %-20s%n",
          e.getKey(),
          prf(e.getValue().relations().micro()),
          prf(e.getValue().triggers().micro()),
          prf(e.getValue().arguments().micro()));
    }
  }

  /** The number --trigger-bias gives, or null for auto; checked before the long training. */
  private Double fixedBias() {
    if (triggerBias.equals("auto")) {
      return null;
    }
    try {
      double bias = Double.parseDouble(triggerBias);
      if (Double.isFinite(bias)) {
        return bias;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadUsageException("--trigger-bias takes auto or a number, not '" + triggerBias + "'");
  }

  /** The bias --trigger-bias asks for, tuned on {@code dev} when it says auto. */
  private double bias(
      EventModel model, List<LabelledDocument> dev, String tunedOn, PrintWriter stdout) {
    Double fixed = fixedBias();
    if (fixed != null) {
      return fixed;
    }
    if (dev.isEmpty()) {
      stdout.println("vnie: trigger bias 0 (no --dev to tune it on)");
      return 0;
    }
    TriggerBiasTuning tuning = TriggerBiasTuning.of(model, dev);
    TriggerBiasTuning.Point none = tuning.curve().get(0);
    TriggerBiasTuning.Point chosen = tuning.chosen();
    stdout.printf(
        Locale.ROOT,
        "vnie: trigger bias %.0f, tuned on %s (triggers F1 %.3f -> %.3f, arguments %.3f -> %.3f)%n",
        chosen.bias(),
        tunedOn,
        none.triggerF1(),
        chosen.triggerF1(),
        none.argumentF1(),
        chosen.argumentF1());
    return chosen.bias();
  }

  private static String prf(Counts c) {
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", c.precision(), c.recall(), c.f1());
  }
}
