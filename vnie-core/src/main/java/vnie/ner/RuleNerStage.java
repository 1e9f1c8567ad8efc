package vnie.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Layer;
import vnie.core.Sentence;
import vnie.core.Span;
import vnie.pipeline.Stage;
import vnie.rules.RulePack;

/**
 * The rule stage of entity extraction. It runs in three rounds over a document, because later rules
 * use what earlier ones found:
 *
 * <ol>
 *   <li>dates, units, ranks, names after ranks and cues or led by a family name, places from the
 *       lexicons, compounds and numbered places;
 *   <li>the people found so far, found again elsewhere; places found by the word before them; names
 *       in brackets after a name, and names with a lifespan;
 *   <li>the places of round 2, found again elsewhere, and the places listed after them.
 * </ol>
 *
 * Each round's proposals are merged by {@link MentionMerger}; names of events are blocked
 * throughout. Thread-safe: all state is in the immutable lexicons.
 */
public final class RuleNerStage implements Stage {
  private final EventNameRule eventNames;
  private final DateRule dates;
  private final UnitRule units;
  private final RankRule ranks;
  private final PersonRule persons;
  private final LocationRule locations;
  private final PlaceShapeRule placeShapes;
  private final BracketRule brackets;
  private final NamePropagation propagation = new NamePropagation();
  private final MentionMerger merger = new MentionMerger();

  private final int personPropagated;
  private final int placePropagated;

  /** The stage with the rules of the shipped rule pack. */
  public RuleNerStage() {
    this(NerLexicons.load());
  }

  /**
   * The stage with the rules of {@code pack}.
   *
   * @throws vnie.rules.RulePackException when the pack has a problem
   */
  public RuleNerStage(RulePack pack) {
    this(NerLexicons.load(pack));
  }

  RuleNerStage(NerLexicons lexicons) {
    this.personPropagated = lexicons.priorities.of(NamePropagation.PERSON_SOURCE);
    this.placePropagated = lexicons.priorities.of(NamePropagation.PLACE_SOURCE);
    this.eventNames = new EventNameRule(lexicons);
    this.dates = new DateRule(lexicons);
    this.units = new UnitRule(lexicons);
    this.ranks = new RankRule(lexicons, units);
    this.persons = new PersonRule(lexicons, ranks, units);
    this.locations = new LocationRule(lexicons);
    this.placeShapes = new PlaceShapeRule(lexicons);
    this.brackets = new BracketRule(lexicons, persons);
  }

  @Override
  public String name() {
    return "ner-rules";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.WORDS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    return document.withMentions(MentionMerger.mentions(find(document)));
  }

  /** The merged candidates of {@code document}, with their priorities and token positions. */
  List<Candidate> find(Document document) {
    List<SentenceView> sentences = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      sentences.add(SentenceView.of(document.text(), s));
    }
    List<Span> blocked = new ArrayList<>();
    List<Candidate> first = new ArrayList<>(dates.find(sentences));
    for (SentenceView s : sentences) {
      blocked.addAll(eventNames.find(s));
      first.addAll(units.find(s));
      first.addAll(ranks.find(s));
      first.addAll(persons.find(s));
      first.addAll(locations.lexiconMatches(s));
      first.addAll(placeShapes.find(s));
    }
    List<Candidate> round1 = merger.merge(first, blocked);

    List<Candidate> second = new ArrayList<>(round1);
    second.addAll(propagation.propagate(sentences, round1, EntityType.PERSON, personPropagated));
    Map<Integer, List<Candidate>> round1BySentence = bySentence(round1);
    for (SentenceView s : sentences) {
      second.addAll(locations.patternMatches(s));
      second.addAll(brackets.lifespans(s, inSentence(round1BySentence, s)));
    }
    List<Candidate> round2 = merger.merge(second, blocked);

    List<Candidate> third = new ArrayList<>(round2);
    third.addAll(
        propagation.propagate(
            sentences, patternPlaces(round2), EntityType.LOCATION, placePropagated));
    Map<Integer, List<Candidate>> round2BySentence = bySentence(round2);
    for (SentenceView s : sentences) {
      List<Candidate> inSentence = inSentence(round2BySentence, s);
      List<Candidate> places =
          inSentence.stream().filter(c -> c.mention().type() == EntityType.LOCATION).toList();
      third.addAll(placeShapes.listed(s, places));
      third.addAll(brackets.aliases(s, inSentence));
    }
    return merger.merge(third, blocked);
  }

  /**
   * The candidates of each sentence, in their order: grouped once, as filtering the document's
   * candidates for every sentence grew with the square of its length.
   */
  private static Map<Integer, List<Candidate>> bySentence(List<Candidate> candidates) {
    Map<Integer, List<Candidate>> groups = new HashMap<>();
    for (Candidate c : candidates) {
      groups.computeIfAbsent(c.sentence(), i -> new ArrayList<>()).add(c);
    }
    return groups;
  }

  private static List<Candidate> inSentence(Map<Integer, List<Candidate>> groups, SentenceView s) {
    return groups.getOrDefault(s.sentence().index(), List.of());
  }

  /** The places found by the word before them ({@link LocationRule#patternMatches}). */
  private static List<Candidate> patternPlaces(List<Candidate> candidates) {
    return candidates.stream()
        .filter(c -> LocationRule.PATTERN_SOURCES.contains(c.mention().provenance().source()))
        .toList();
  }
}
