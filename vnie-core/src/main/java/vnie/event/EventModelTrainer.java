package vnie.event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import vnie.classify.FeatureStrings;
import vnie.classify.TokenContext;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.Relation;
import vnie.core.Token;

/**
 * Trains the {@link EventModel} with OpenNLP's averaged perceptron from hand-annotated documents:
 * the trigger labeller on every token (gold BIO labels of the triggers, gold entities as context),
 * the argument classifier on every pair of a gold trigger and a gold mention of its sentence, the
 * relation classifier on every pair of a gold PERSON and a gold RANK or UNIT of one sentence. The
 * rules' own relations and events, found on the same text, are features throughout. Deterministic.
 */
public final class EventModelTrainer {
  /**
   * Training settings.
   *
   * @param iterations passes of each perceptron over its events
   * @param cutoff features seen fewer times are dropped
   */
  public record Settings(int iterations, int cutoff) {
    public static Settings defaults() {
      return new Settings(60, 1);
    }
  }

  private EventModelTrainer() {}

  /**
   * Trains on pairs of documents: {@code rules.get(k)} is the rule pipeline's analysis of the text
   * of {@code gold.get(k)} (sentences, words, tags, and the rules' relations and events).
   */
  public static EventModel train(List<Document> rules, List<Document> gold, Settings settings)
      throws IOException {
    EventLexicons lex = EventLexicons.load();
    List<opennlp.tools.ml.model.Event> triggers = new ArrayList<>();
    List<opennlp.tools.ml.model.Event> arguments = new ArrayList<>();
    List<opennlp.tools.ml.model.Event> relations = new ArrayList<>();
    for (int d = 0; d < gold.size(); d++) {
      Document analysed = rules.get(d).withMentions(gold.get(d).mentions());
      List<EventSentence> sentences = EventSentence.of(analysed);
      for (EventSentence s : sentences) {
        EventFeatures features =
            new EventFeatures(
                s,
                lex,
                eventsIn(rules.get(d).events(), s),
                relationsIn(rules.get(d).relations(), s));
        String[] labels = triggerLabels(s, gold.get(d).events());
        triggers.addAll(TokenContext.goldEvents(new TriggerContext(features), labels));
        for (Event e : gold.get(d).events()) {
          int[] span = tokens(s, e.start(), e.end());
          if (span == null) {
            continue;
          }
          for (Anchored m : s.mentions()) {
            if (m.from() < span[1] && span[0] < m.to()) {
              continue;
            }
            FeatureStrings strings = new FeatureStrings();
            PairFeatures.argument(features, span[0], span[1], e.type(), m, strings);
            arguments.add(new opennlp.tools.ml.model.Event(role(e, m), strings.toArray()));
          }
        }
        for (Anchored p : s.mentions()) {
          if (p.type() != EntityType.PERSON) {
            continue;
          }
          for (Anchored m : s.mentions()) {
            if (m.type() != EntityType.RANK && m.type() != EntityType.UNIT) {
              continue;
            }
            FeatureStrings strings = new FeatureStrings();
            PairFeatures.relation(features, p, m, strings);
            relations.add(
                new opennlp.tools.ml.model.Event(
                    relation(gold.get(d).relations(), p, m), strings.toArray()));
          }
        }
      }
    }
    Map<String, String> manifest = new HashMap<>();
    manifest.put("vnie.trainingDocuments", Integer.toString(gold.size()));
    manifest.put("vnie.iterations", Integer.toString(settings.iterations()));
    return new EventModel(
        perceptron(triggers, settings, "the trigger labeller", "event triggers"),
        perceptron(
            arguments,
            settings,
            "the argument classifier",
            "events with arguments, and mentions in their sentences that are no argument"),
        perceptron(
            relations,
            settings,
            "the relation classifier",
            "HasRank or Commands relations, and PERSON-RANK or PERSON-UNIT pairs of a sentence"
                + " without one"),
        manifest);
  }

  /**
   * Trains one perceptron; refuses, naming what the annotations lack, data with fewer than two
   * outcomes (which OpenNLP would reject as "Training data must contain more than one outcome").
   */
  private static MaxentModel perceptron(
      List<opennlp.tools.ml.model.Event> events, Settings settings, String model, String needs)
      throws IOException {
    long outcomes =
        events.stream().map(opennlp.tools.ml.model.Event::getOutcome).distinct().count();
    if (outcomes < 2) {
      throw new IllegalArgumentException(
          "cannot train "
              + model
              + ": "
              + (events.isEmpty()
                  ? "the annotations give it no example"
                  : "every example the annotations give it is " + events.get(0).getOutcome())
              + "; it needs "
              + needs);
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** The BIO label of each token of {@code s} under the gold triggers. */
  static String[] triggerLabels(EventSentence s, List<Event> events) {
    String[] labels = new String[s.size()];
    java.util.Arrays.fill(labels, EventFeatures.OUTSIDE);
    for (Event e : events) {
      int[] span = tokens(s, e.start(), e.end());
      if (span != null) {
        for (int k = span[0]; k < span[1]; k++) {
          labels[k] = (k == span[0] ? "B-" : "I-") + e.type().name();
        }
      }
    }
    return labels;
  }

  /** The tokens [from, to) of {@code s} that the span covers exactly, or null. */
  static int[] tokens(EventSentence s, int start, int end) {
    List<Token> tokens = s.tokens();
    int from = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == start) {
        from = i;
      }
      if (from >= 0 && tokens.get(i).end() == end) {
        return new int[] {from, i + 1};
      }
    }
    return null;
  }

  private static String role(Event e, Anchored m) {
    for (Argument a : e.arguments()) {
      if (a.filler().start() == m.mention().start() && a.filler().end() == m.mention().end()) {
        return a.role();
      }
    }
    return PairFeatures.NONE;
  }

  private static String relation(List<Relation> relations, Anchored p, Anchored m) {
    for (Relation r : relations) {
      if (r.arg1().start() == p.mention().start()
          && r.arg1().end() == p.mention().end()
          && r.arg2().start() == m.mention().start()
          && r.arg2().end() == m.mention().end()) {
        return r.type().name();
      }
    }
    return PairFeatures.NONE;
  }

  /** The events whose trigger starts in {@code s}. */
  static List<Event> eventsIn(List<Event> events, EventSentence s) {
    return events.stream().filter(e -> inside(e.start(), s)).toList();
  }

  /** The relations whose first argument starts in {@code s}. */
  static List<Relation> relationsIn(List<Relation> relations, EventSentence s) {
    return relations.stream().filter(r -> inside(r.arg1().start(), s)).toList();
  }

  private static boolean inside(int offset, EventSentence s) {
    return offset >= s.sentence().start() && offset < s.sentence().end();
  }
}
