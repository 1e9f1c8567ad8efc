package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Layer;
import vnie.core.Provenance;
import vnie.core.Token;
import vnie.pipeline.Stage;
import vnie.rules.RulePack;

/**
 * Events with their arguments: triggers from {@code triggers.tsv} that are asserted to have
 * happened ({@link TriggerFinder}), subjects and objects from word order ({@link ArgumentFinder}),
 * places and times ({@link SettingFinder}); arguments come only from the trigger's sentence.
 * Stateless and thread-safe.
 */
public final class EventStage implements Stage {
  /** The provenance of every event: the trigger lexicon. */
  static final Provenance SOURCE = new Provenance("triggers");

  private final EventLexicons lex;
  private final TriggerFinder triggers;
  private final ArgumentFinder arguments;
  private final SettingFinder settings;

  public EventStage() {
    this(EventLexicons.load());
  }

  /**
   * The stage with the rules of {@code pack}.
   *
   * @throws vnie.rules.RulePackException when the pack has a problem
   */
  public EventStage(RulePack pack) {
    this(EventLexicons.load(pack));
  }

  EventStage(EventLexicons lexicons) {
    this.lex = lexicons;
    this.triggers = new TriggerFinder(lexicons);
    this.arguments = new ArgumentFinder(lexicons);
    this.settings = new SettingFinder(lexicons);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.WORDS, Layer.POS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public Document apply(Document document) {
    List<Event> events = new ArrayList<>();
    for (EventSentence s : EventSentence.of(document)) {
      Clauses clauses = Clauses.of(s, lex.cues());
      MentionContext ctx = new MentionContext(s, clauses, lex.cues());
      List<EventDraft> drafts = arguments.subjectsAndObjects(ctx, triggers.find(s, clauses));
      List<Anchored> shared = settings.anchorPlaces(ctx, drafts);
      // A figure of speech has no participant or place of its own (đập tan tấm lá chắn); judge
      // that before places and times are shared out.
      drafts = drafts.stream().filter(EventStage::hasOwnArgument).toList();
      settings.shareAndTime(ctx, drafts, shared);
      for (EventDraft d : drafts) {
        if (hasNeededRole(ctx, d)) {
          events.add(event(document.text(), s, d));
        }
      }
    }
    return document.withEvents(events);
  }

  private static boolean hasOwnArgument(EventDraft d) {
    return !d.trigger().entry().needsArgument() || d.hasCoreArgument();
  }

  /**
   * The role the trigger needs is filled, or, for a place, a capitalised name stands where it would
   * be: the entity rules missed a place, not the event its trigger.
   */
  private static boolean hasNeededRole(MentionContext ctx, EventDraft d) {
    String role = d.trigger().entry().neededRole();
    boolean place = role.equals("Place") || role.equals("Destination");
    return role.isEmpty()
        || d.has(role)
        || (place && ctx.namesObjectAhead(d.trigger().to(), ArgumentFinder.OBJECT_WINDOW));
  }

  private static Event event(String text, EventSentence s, EventDraft d) {
    Token first = s.tokens().get(d.trigger().from());
    Token last = s.tokens().get(d.trigger().to() - 1);
    List<Argument> args = new ArrayList<>();
    for (Map.Entry<String, List<Anchored>> role : d.roles().entrySet()) {
      for (Anchored a : role.getValue()) {
        args.add(new Argument(role.getKey(), a.mention()));
      }
    }
    return new Event(
        d.trigger().entry().type(),
        first.start(),
        last.end(),
        text.substring(first.start(), last.end()),
        args,
        SOURCE);
  }
}
