package vnie.serve;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.PersonIds;
import vnie.core.Relation;

/**
 * The answer of {@code POST /api/extract}: a processed document with the same fields as the CSV
 * tables of {@code vnie extract}, written by Jackson in the order of the components. Offsets count
 * UTF-16 code units (Java and JavaScript string indexes) into the text exactly as sent. Immutable.
 */
record ExtractionJson(
    @JsonProperty("text_length") int textLength,
    List<EntityRow> entities,
    List<RelationRow> relations,
    List<EventRow> events,
    List<PersonRow> persons) {

  /** A mention as the arguments of relations, events and persons show it. */
  record SpanRef(String type, int start, int end, String text) {
    static SpanRef of(Mention m) {
      return new SpanRef(m.type().name(), m.start(), m.end(), m.text());
    }
  }

  /** A row of the entities table. */
  record EntityRow(
      String type,
      int start,
      int end,
      String text,
      String value,
      String source,
      int sentence,
      @JsonProperty("person_id") String personId) {}

  /** A relation; ids count from R1 within the document. */
  record RelationRow(String id, String type, SpanRef arg1, SpanRef arg2, String source) {}

  /** The trigger of an event. */
  record TriggerRef(int start, int end, String text) {}

  /** An argument of an event: its role and the mention that fills it. */
  record ArgumentRow(String role, String type, int start, int end, String text) {}

  /** An event; ids count from E1 within the document. */
  record EventRow(
      String id, String type, TriggerRef trigger, List<ArgumentRow> arguments, String source) {}

  /** A person and the mentions that name it. */
  record PersonRow(String id, String name, List<SpanRef> mentions) {}

  static ExtractionJson of(Document doc) {
    List<EntityRow> entities = new ArrayList<>();
    PersonIds personIds = doc.personIds();
    for (Mention m : doc.mentions()) {
      entities.add(
          new EntityRow(
              m.type().name(),
              m.start(),
              m.end(),
              m.text(),
              m.value(),
              m.provenance().source(),
              doc.sentenceAt(m.start()),
              personIds.of(m)));
    }
    List<RelationRow> relations = new ArrayList<>();
    for (Relation r : doc.relations()) {
      relations.add(
          new RelationRow(
              "R" + (relations.size() + 1),
              r.type().name(),
              SpanRef.of(r.arg1()),
              SpanRef.of(r.arg2()),
              r.provenance().source()));
    }
    List<EventRow> events = new ArrayList<>();
    for (Event e : doc.events()) {
      List<ArgumentRow> arguments = new ArrayList<>();
      for (Argument a : e.arguments()) {
        Mention m = a.filler();
        arguments.add(new ArgumentRow(a.role(), m.type().name(), m.start(), m.end(), m.text()));
      }
      events.add(
          new EventRow(
              "E" + (events.size() + 1),
              e.type().name(),
              new TriggerRef(e.start(), e.end(), e.triggerText()),
              arguments,
              e.provenance().source()));
    }
    List<PersonRow> persons = new ArrayList<>();
    for (Person p : doc.persons()) {
      persons.add(
          new PersonRow(p.id(), p.canonical(), p.mentions().stream().map(SpanRef::of).toList()));
    }
    return new ExtractionJson(doc.text().length(), entities, relations, events, persons);
  }
}
