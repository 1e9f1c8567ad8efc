package vnie.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document and everything extracted from it so far. Immutable: each stage returns a new document
 * with one more layer.
 *
 * @param id the document name, e.g. the file name without {@code .txt}
 * @param text the text exactly as read (BOM removed); every offset points into it
 * @param sentences sentences with tokens and words
 * @param mentions entity mentions in text order
 * @param relations relations between mentions
 * @param events events with their arguments
 * @param persons the people, each with the PERSON mentions that name them
 * @param layers the layers present
 */
public record Document(
    String id,
    String text,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Relation> relations,
    List<Event> events,
    List<Person> persons,
    Set<Layer> layers) {

  public Document {
    if (id == null || text == null) {
      throw new IllegalArgumentException("a document needs an id and a text");
    }
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
    events = List.copyOf(events);
    persons = List.copyOf(persons);
    layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
  }

  /** A document without people, as before person linking. */
  public Document(
      String id,
      String text,
      List<Sentence> sentences,
      List<Mention> mentions,
      List<Relation> relations,
      List<Event> events,
      Set<Layer> layers) {
    this(id, text, sentences, mentions, relations, events, List.of(), layers);
  }

  /** A document with its text only, before any stage has run. */
  public static Document of(String id, String text) {
    return new Document(id, text, List.of(), List.of(), List.of(), List.of(), Set.of());
  }

  public Document withSentences(List<Sentence> newSentences, Layer... added) {
    return new Document(id, text, newSentences, mentions, relations, events, persons, plus(added));
  }

  public Document withMentions(List<Mention> newMentions) {
    return new Document(
        id, text, sentences, newMentions, relations, events, persons, plus(Layer.ENTITIES));
  }

  public Document withRelations(List<Relation> newRelations) {
    return new Document(
        id, text, sentences, mentions, newRelations, events, persons, plus(Layer.RELATIONS));
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(
        id, text, sentences, mentions, relations, newEvents, persons, plus(Layer.EVENTS));
  }

  public Document withPersons(List<Person> newPersons) {
    return new Document(
        id, text, sentences, mentions, relations, events, newPersons, plus(Layer.PERSONS));
  }

  /** The id of the person {@code mention} names, or an empty string when it names none. */
  public String personId(Mention mention) {
    return personIds().of(mention);
  }

  /** The ids of the people by the mentions that name them, for looking up many mentions. */
  public PersonIds personIds() {
    return new PersonIds(persons);
  }

  public boolean has(Layer layer) {
    return layers.contains(layer);
  }

  /** The index of the sentence that contains offset {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    // A binary search, as the tables ask this for every row; sentences come in text order (a
    // list that does not falls back to the scan below).
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        high = mid - 1;
      } else if (offset >= s.end()) {
        low = mid + 1;
      } else {
        return s.index();
      }
    }
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s.index();
      }
    }
    return -1;
  }

  private Set<Layer> plus(Layer... added) {
    EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
    all.addAll(layers);
    all.addAll(List.of(added));
    return all;
  }
}
