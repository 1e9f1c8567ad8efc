package vnie.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Relation;
import vnie.eval.ScoringError;
import vnie.eval.StructureError;
import vnie.report.Highlight.Kind;
import vnie.report.Highlight.Verdict;

/**
 * Builds the {@link DocumentView} of a predicted document: a highlight per mention and per event
 * trigger, a line per relation and event, and, with a {@link Comparison}, the verdict of the scorer
 * on each mention, the gold mentions it missed and the relation and event errors. Stateless.
 */
final class DocumentViews {
  private DocumentViews() {}

  /** The view of {@code doc} without gold; {@code anchor} prefixes every id of the section. */
  static DocumentView of(Document doc, String anchor) {
    return of(doc, anchor, Optional.empty());
  }

  /** The view of {@code doc} with the errors the scorers found in it. */
  static DocumentView of(Document doc, String anchor, Optional<Comparison> comparison) {
    Verdicts verdicts = new Verdicts(comparison);
    // By span and type, as Document.personId matches, in one pass instead of one per mention.
    Map<SpanKey, String> personIds = new HashMap<>();
    for (Person p : doc.persons()) {
      p.mentions().forEach(m -> personIds.putIfAbsent(SpanKey.of(m), p.id()));
    }
    List<Highlight> highlights = new ArrayList<>();
    Map<Mention, String> anchors = new HashMap<>();
    for (Mention m : doc.mentions()) {
      String id = anchor + "-m" + m.start() + "-" + m.end();
      anchors.putIfAbsent(m, id);
      String person = personIds.getOrDefault(SpanKey.of(m), "");
      highlights.add(mention(m, person, id, verdicts.of(m)));
    }
    comparison.ifPresent(c -> highlights.addAll(missed(c.entityErrors(), anchor)));
    List<Listing> listings = new ArrayList<>();
    int n = 0;
    for (Relation r : doc.relations()) {
      listings.add(relation("R" + ++n, r, anchors));
    }
    n = 0;
    for (Event e : doc.events()) {
      String id = "E" + ++n;
      String triggerAnchor = anchor + "-" + id;
      highlights.add(trigger(id, e, triggerAnchor));
      listings.add(event(id, e, triggerAnchor, anchors));
    }
    comparison.ifPresent(c -> c.structureErrors().forEach(e -> listings.add(structureError(e))));
    return new DocumentView(doc.id(), anchor, doc.text(), highlights, listings);
  }

  private static Highlight mention(Mention m, String person, String anchor, Judgement judgement) {
    List<String> details = new ArrayList<>();
    details.add(m.value().isEmpty() ? m.type().name() : m.type().name() + " " + m.value());
    if (!person.isEmpty()) {
      details.add("person " + person);
    }
    details.add("source: " + m.provenance().source());
    if (!judgement.detail().isEmpty()) {
      details.add(judgement.detail());
    }
    List<String> attributes = new ArrayList<>(List.of("source", m.provenance().source()));
    if (!m.value().isEmpty()) {
      attributes.addAll(List.of("value", m.value()));
    }
    if (!person.isEmpty()) {
      attributes.addAll(List.of("person", person));
    }
    return new Highlight(
        m.start(),
        m.end(),
        Kind.MENTION,
        m.type().name(),
        judgement.verdict(),
        anchor,
        details,
        attributes);
  }

  /** A highlight for each gold mention the scorer reports as a false negative. */
  private static List<Highlight> missed(List<ScoringError> errors, String anchor) {
    List<Highlight> missed = new ArrayList<>();
    for (ScoringError e : errors) {
      if (e.kind() == ScoringError.Kind.FALSE_NEGATIVE) {
        missed.add(
            new Highlight(
                e.start(),
                e.end(),
                Kind.MISSED,
                e.type().name(),
                Verdict.FALSE_NEGATIVE,
                anchor + "-g" + e.start() + "-" + e.end(),
                List.of(e.type().name() + " in the gold annotation", "missed (false negative)"),
                List.of()));
      }
    }
    return missed;
  }

  private static Highlight trigger(String id, Event e, String anchor) {
    return new Highlight(
        e.start(),
        e.end(),
        Kind.TRIGGER,
        e.type().name(),
        Verdict.UNSCORED,
        anchor,
        List.of(e.type().name() + " event " + id, "source: " + e.provenance().source()),
        List.of("event", id));
  }

  private static Listing relation(String id, Relation r, Map<Mention, String> anchors) {
    List<Listing.Part> parts = new ArrayList<>();
    parts.add(Listing.Part.styled(id + " " + r.type().name(), "label"));
    parts.add(argument(r.arg1(), anchors));
    parts.add(Listing.Part.text(" → "));
    parts.add(argument(r.arg2(), anchors));
    parts.add(Listing.Part.styled(r.provenance().source(), "source"));
    int offset = Math.min(r.arg1().start(), r.arg2().start());
    return new Listing(offset, "relation", parts);
  }

  private static Listing event(String id, Event e, String anchor, Map<Mention, String> anchors) {
    List<Listing.Part> parts = new ArrayList<>();
    parts.add(Listing.Part.styled(id + " " + e.type().name(), "label"));
    parts.add(Listing.Part.link(e.triggerText(), anchor));
    for (Argument a : e.arguments()) {
      parts.add(Listing.Part.text(" · " + a.role() + ": "));
      parts.add(argument(a.filler(), anchors));
    }
    parts.add(Listing.Part.styled(e.provenance().source(), "source"));
    return new Listing(e.start(), "event", parts);
  }

  /** A link to the mention's highlight, or its plain text when it is not among the mentions. */
  private static Listing.Part argument(Mention m, Map<Mention, String> anchors) {
    String anchor = anchors.get(m);
    return anchor == null ? Listing.Part.text(m.text()) : Listing.Part.link(m.text(), anchor);
  }

  private static Listing structureError(StructureError e) {
    String what = e.kind().equals("FALSE_NEGATIVE") ? "missed " : "spurious ";
    return new Listing(
        e.start(),
        "error " + e.kind().toLowerCase(Locale.ROOT).replace('_', '-'),
        List.of(Listing.Part.styled(what + e.level(), "label"), Listing.Part.text(e.text())));
  }

  private record SpanKey(EntityType type, int start, int end) {
    static SpanKey of(Mention m) {
      return new SpanKey(m.type(), m.start(), m.end());
    }
  }

  /** A verdict with the line that explains it on hover, empty when there is nothing to say. */
  private record Judgement(Verdict verdict, String detail) {}

  /**
   * The scorer's verdict on each predicted mention, read off its errors: each error is used once,
   * so the marks in the page add up to the scorer's counts.
   */
  private static final class Verdicts {
    private final boolean scored;
    private final List<ScoringError> errors;

    Verdicts(Optional<Comparison> comparison) {
      this.scored = comparison.isPresent();
      this.errors = new ArrayList<>(comparison.map(Comparison::entityErrors).orElse(List.of()));
    }

    Judgement of(Mention m) {
      if (!scored) {
        return new Judgement(Verdict.UNSCORED, "");
      }
      for (int i = 0; i < errors.size(); i++) {
        Judgement judgement = judge(errors.get(i), m);
        if (judgement != null) {
          errors.remove(i);
          return judgement;
        }
      }
      return new Judgement(Verdict.CORRECT, "correct");
    }

    /** The judgement {@code e} passes on {@code m}, or null when it is about another mention. */
    private static Judgement judge(ScoringError e, Mention m) {
      if (e.start() != m.start() || e.end() != m.end()) {
        return null;
      }
      return switch (e.kind()) {
        case FALSE_POSITIVE ->
            e.type() == m.type() ? new Judgement(Verdict.FALSE_POSITIVE, "false positive") : null;
        case WRONG_TYPE ->
            e.other().equals(m.type().name())
                ? new Judgement(Verdict.WRONG_TYPE, "type error: gold " + e.type().name())
                : null;
        case WRONG_VALUE ->
            m.type() == EntityType.DATE
                ? new Judgement(Verdict.WRONG_VALUE, "wrong value: " + e.other())
                : null;
        case FALSE_NEGATIVE -> null;
      };
    }
  }
}
