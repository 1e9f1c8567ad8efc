package vnie.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Relation;

/**
 * All result tables of {@code vnie extract} in one folder, written together and read back together:
 * {@code entities.csv}, {@code relations.csv}, {@code events.csv}, {@code event_arguments.csv} and
 * {@code persons.csv}. Relations, event arguments and persons read back point to the mentions of
 * the entities table.
 *
 * @param mentions entity mentions per document, in text order
 * @param relations relations per document (empty without {@code relations.csv})
 * @param events events per document (empty without {@code events.csv})
 * @param persons persons per document (empty without {@code persons.csv})
 */
public record ExtractionCsv(
    Map<String, List<Mention>> mentions,
    Map<String, List<Relation>> relations,
    Map<String, List<Event>> events,
    Map<String, List<Person>> persons) {
  public static final String ENTITIES = "entities.csv";
  public static final String RELATIONS = "relations.csv";
  public static final String EVENTS = "events.csv";
  public static final String EVENT_ARGUMENTS = "event_arguments.csv";
  public static final String PERSONS = "persons.csv";

  public ExtractionCsv {
    mentions = ordered(mentions);
    relations = ordered(relations);
    events = ordered(events);
    persons = ordered(persons);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Writes every table of {@code documents} into {@code dir}, each file atomically. */
  public static void write(Collection<Document> documents, Path dir) throws IOException {
    EntityCsv.write(documents, dir.resolve(ENTITIES));
    RelationCsv.write(documents, dir.resolve(RELATIONS));
    EventCsv.write(documents, dir.resolve(EVENTS), dir.resolve(EVENT_ARGUMENTS));
    PersonCsv.write(documents, dir.resolve(PERSONS));
  }

  /** True when {@code dir} holds an entities table. */
  public static boolean existsIn(Path dir) {
    return Files.exists(dir.resolve(ENTITIES));
  }

  /** Reads the tables of {@code dir}; the entities table must be there, the others may not. */
  public static ExtractionCsv read(Path dir) throws IOException {
    Map<String, List<Mention>> mentions = EntityCsv.read(dir.resolve(ENTITIES));
    Map<String, List<Relation>> relations =
        Files.exists(dir.resolve(RELATIONS))
            ? RelationCsv.read(dir.resolve(RELATIONS), mentions)
            : Map.of();
    Map<String, List<Event>> events =
        Files.exists(dir.resolve(EVENTS)) && Files.exists(dir.resolve(EVENT_ARGUMENTS))
            ? EventCsv.read(dir.resolve(EVENTS), dir.resolve(EVENT_ARGUMENTS), mentions)
            : Map.of();
    Map<String, List<Person>> persons =
        Files.exists(dir.resolve(PERSONS))
            ? PersonCsv.read(
                dir.resolve(PERSONS), EntityCsv.readPersonMentions(dir.resolve(ENTITIES)))
            : Map.of();
    return new ExtractionCsv(mentions, relations, events, persons);
  }
}
