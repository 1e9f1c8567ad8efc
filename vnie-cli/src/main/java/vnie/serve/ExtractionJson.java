package vnie.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Relation;

/**
 * The answer of {@code POST /api/extract}: a processed document as a JSON tree with the same fields
 * as the CSV tables of {@code vnie extract}. Offsets count UTF-16 code units (Java and JavaScript
 * string indexes) into the text exactly as sent. Stateless.
 */
final class ExtractionJson {
  private ExtractionJson() {}

  static Map<String, Object> of(Document doc) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text_length", doc.text().length());
    List<Object> entities = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      Map<String, Object> entity = span(m);
      entity.put("value", m.value());
      entity.put("source", m.provenance().source());
      entity.put("sentence", doc.sentenceAt(m.start()));
      entity.put("person_id", doc.personId(m));
      entities.add(entity);
    }
    json.put("entities", entities);
    List<Object> relations = new ArrayList<>();
    int n = 0;
    for (Relation r : doc.relations()) {
      Map<String, Object> relation = new LinkedHashMap<>();
      relation.put("id", "R" + ++n);
      relation.put("type", r.type().name());
      relation.put("arg1", span(r.arg1()));
      relation.put("arg2", span(r.arg2()));
      relation.put("source", r.provenance().source());
      relations.add(relation);
    }
    json.put("relations", relations);
    json.put("events", events(doc));
    List<Object> persons = new ArrayList<>();
    for (Person p : doc.persons()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("id", p.id());
      person.put("name", p.canonical());
      List<Object> mentions = new ArrayList<>();
      p.mentions().forEach(m -> mentions.add(span(m)));
      person.put("mentions", mentions);
      persons.add(person);
    }
    json.put("persons", persons);
    return json;
  }

  private static List<Object> events(Document doc) {
    List<Object> events = new ArrayList<>();
    int n = 0;
    for (Event e : doc.events()) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", "E" + ++n);
      event.put("type", e.type().name());
      Map<String, Object> trigger = new LinkedHashMap<>();
      trigger.put("start", e.start());
      trigger.put("end", e.end());
      trigger.put("text", e.triggerText());
      event.put("trigger", trigger);
      List<Object> arguments = new ArrayList<>();
      for (Argument a : e.arguments()) {
        Map<String, Object> argument = new LinkedHashMap<>();
        argument.put("role", a.role());
        argument.putAll(span(a.filler()));
        arguments.add(argument);
      }
      event.put("arguments", arguments);
      event.put("source", e.provenance().source());
      events.add(event);
    }
    return events;
  }

  private static Map<String, Object> span(Mention m) {
    Map<String, Object> span = new LinkedHashMap<>();
    span.put("type", m.type().name());
    span.put("start", m.start());
    span.put("end", m.end());
    span.put("text", m.text());
    return span;
  }
}
