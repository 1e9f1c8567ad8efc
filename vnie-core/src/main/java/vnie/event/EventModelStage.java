package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.classify.GreedyBioDecoder;
import vnie.classify.TemplatePerceptron;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Layer;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;
import vnie.core.Token;
import vnie.pipeline.Stage;
import vnie.rules.RulePack;

/**
 * Relations and events from the trained {@link EventModel}, in place of the rules' (which the
 * stages before wrote, and which the models read as features): triggers from the trigger labeller,
 * each mention's role in each event of its sentence from the argument classifier (at most one Time
 * an event, and one Attacker, Agent or Mover but for those listed with it: {@link SingleFillers}),
 * and the relation of each PERSON to each RANK and UNIT of its sentence from the relation
 * classifier. A role is given only to a mention of a type it allows (Place and Destination a
 * LOCATION, Time a DATE, the others a PERSON, UNIT or LOCATION). Immutable and thread-safe.
 */
public final class EventModelStage implements Stage {
  /** The provenance of the model's events and relations. */
  public static final Provenance SOURCE = new Provenance("model:events");

  private final EventLexicons lex;
  private final GreedyBioDecoder triggers;
  private final TemplatePerceptron arguments;
  private final TemplatePerceptron relations;

  public EventModelStage(EventModel model) {
    this(model, EventLexicons.load());
  }

  /** The stage reading its features through the cues and triggers of {@code pack}. */
  public EventModelStage(EventModel model, RulePack pack) {
    this(model, EventLexicons.load(pack));
  }

  private EventModelStage(EventModel model, EventLexicons lexicons) {
    this.lex = lexicons;
    this.triggers =
        new GreedyBioDecoder(
            perceptron(model, EventModel.TRIGGERS, TriggerContext.ALL_TEMPLATES),
            model.triggerOutsideBias());
    this.arguments = perceptron(model, EventModel.ARGUMENTS, PairFeatures.ARGUMENT_TEMPLATES);
    this.relations = perceptron(model, EventModel.RELATIONS, PairFeatures.RELATION_TEMPLATES);
  }

  private static TemplatePerceptron perceptron(
      EventModel model, String entry, List<vnie.classify.FeatureTemplate> templates) {
    return TemplatePerceptron.of(model.classifier(entry), templates)
        .orElseThrow(() -> new IllegalArgumentException(entry + " is not a perceptron model"));
  }

  @Override
  public String name() {
    return "event-model";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(
        Layer.SENTENCES, Layer.WORDS, Layer.POS, Layer.ENTITIES, Layer.RELATIONS, Layer.EVENTS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.RELATIONS, Layer.EVENTS);
  }

  @Override
  public Document apply(Document document) {
    List<Event> events = new ArrayList<>();
    List<Relation> found = new ArrayList<>();
    for (EventFeatures features : sentenceFeatures(document)) {
      String[] labels = triggers.labels(new TriggerContext(features));
      for (int[] span : spans(labels)) {
        events.add(event(document.text(), features, span[0], span[1], labels[span[0]]));
      }
      found.addAll(relations(features));
    }
    return document.withRelations(found).withEvents(events);
  }

  /**
   * {@code document} with the model's relations and the events of {@code triggers} (their spans and
   * types, e.g. the gold ones) given arguments by the model: to score the argument classifier apart
   * from the trigger labeller.
   */
  public Document withArguments(Document document, List<Event> triggers) {
    List<Event> events = new ArrayList<>();
    List<Relation> found = new ArrayList<>();
    List<EventFeatures> all = sentenceFeatures(document);
    List<EventSentence> sentences = all.stream().map(EventFeatures::sentence).toList();
    List<List<Event>> givenTriggers = SentenceGroups.of(triggers, Event::start, sentences);
    for (int k = 0; k < all.size(); k++) {
      EventFeatures features = all.get(k);
      for (Event e : givenTriggers.get(k)) {
        int[] span = EventModelTrainer.tokens(features.sentence(), e.start(), e.end());
        if (span != null) {
          events.add(event(document.text(), features, span[0], span[1], "B-" + e.type().name()));
        }
      }
      found.addAll(relations(features));
    }
    return document.withRelations(found).withEvents(events);
  }

  /** The features of each sentence of {@code document}, with the rules' events and relations. */
  private List<EventFeatures> sentenceFeatures(Document document) {
    List<EventSentence> sentences = EventSentence.of(document);
    List<List<Event>> ruleEvents = SentenceGroups.of(document.events(), Event::start, sentences);
    List<List<Relation>> ruleRelations =
        SentenceGroups.of(document.relations(), r -> r.arg1().start(), sentences);
    List<EventFeatures> out = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      out.add(new EventFeatures(sentences.get(k), lex, ruleEvents.get(k), ruleRelations.get(k)));
    }
    return out;
  }

  private Event event(String text, EventFeatures s, int from, int to, String label) {
    EventType type = EventType.valueOf(label.substring(2));
    List<Argument> args = new ArrayList<>();
    Argument time = null;
    double timeScore = Double.NEGATIVE_INFINITY;
    List<SingleFillers.Candidate> candidates = new ArrayList<>();
    TemplatePerceptron.Scores scores = arguments.scores();
    List<String> outcomes = arguments.outcomes();
    for (Anchored m : s.sentence().mentions()) {
      if (m.from() < to && from < m.to()) {
        continue;
      }
      scores.clear();
      PairFeatures.argument(s, from, to, type, m, scores);
      double[] sums = scores.sums();
      int best = -1;
      for (int o = 0; o < sums.length; o++) {
        String role = outcomes.get(o);
        boolean allowed = role.equals(PairFeatures.NONE) || fits(type, role, m.type());
        if (allowed && (best < 0 || sums[o] > sums[best])) {
          best = o;
        }
      }
      String role = outcomes.get(best);
      if (role.equals(PairFeatures.NONE)) {
        continue;
      }
      if (role.equals("Time")) {
        if (sums[best] > timeScore) {
          time = new Argument(role, m.mention());
          timeScore = sums[best];
        }
      } else {
        candidates.add(new SingleFillers.Candidate(role, m, sums[best]));
      }
    }
    args.addAll(SingleFillers.kept(s, lex.cues(), candidates));
    if (time != null) {
      args.add(time);
    }
    Token first = s.sentence().tokens().get(from);
    Token last = s.sentence().tokens().get(to - 1);
    return new Event(
        type, first.start(), last.end(), text.substring(first.start(), last.end()), args, SOURCE);
  }

  private List<Relation> relations(EventFeatures s) {
    List<Relation> out = new ArrayList<>();
    TemplatePerceptron.Scores scores = relations.scores();
    List<String> outcomes = relations.outcomes();
    for (Anchored p : s.sentence().mentions()) {
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      for (Anchored m : s.sentence().mentions()) {
        RelationType allowed =
            m.type() == EntityType.RANK
                ? RelationType.HasRank
                : m.type() == EntityType.UNIT ? RelationType.Commands : null;
        if (allowed == null) {
          continue;
        }
        scores.clear();
        PairFeatures.relation(s, p, m, scores);
        double[] sums = scores.sums();
        int none = outcomes.indexOf(PairFeatures.NONE);
        int yes = outcomes.indexOf(allowed.name());
        if (yes >= 0 && (none < 0 || sums[yes] > sums[none])) {
          out.add(new Relation(allowed, p.mention(), m.mention(), SOURCE));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code role} of an event of {@code type} may be filled by a mention of {@code entity}.
   */
  static boolean fits(EventType type, String role, EntityType entity) {
    if (!type.roles().contains(role)) {
      return false;
    }
    return switch (role) {
      case "Place", "Destination" -> entity == EntityType.LOCATION;
      case "Time" -> entity == EntityType.DATE;
      default ->
          entity == EntityType.PERSON || entity == EntityType.UNIT || entity == EntityType.LOCATION;
    };
  }

  /** The [from, to) token spans of the B-I runs of {@code labels}. */
  static List<int[]> spans(String[] labels) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (!labels[i].startsWith("B-")) {
        i++;
        continue;
      }
      String inside = "I-" + labels[i].substring(2);
      int end = i + 1;
      while (end < labels.length && labels[end].equals(inside)) {
        end++;
      }
      out.add(new int[] {i, end});
      i = end;
    }
    return out;
  }
}
