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
 * The result tables of {@code vnie extract} in one folder ({@link ResultTable#FINDINGS}: {@code
 * entities.csv}, {@code relations.csv}, {@code events.csv}, {@code event_arguments.csv} and {@code
 * persons.csv}), written together and read back together. Relations, event arguments and persons
 * read back point to the mentions of the entities table.
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
  public ExtractionCsv {
    mentions = ordered(mentions);
    relations = ordered(relations);
    events = ordered(events);
    persons = ordered(persons);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Writes every table of {@code documents} but the errors table into {@code dir}, each file
   * atomically, the rows in the order of {@code documents}.
   */
  public static void write(Collection<Document> documents, Path dir) throws IOException {
    for (ResultTable table : ResultTable.FINDINGS) {
      table.write(documents, file(dir, table));
    }
  }

  /** True when {@code dir} holds an entities table. */
  public static boolean existsIn(Path dir) {
    return Files.exists(file(dir, ResultTable.ENTITIES));
  }

  private static Path file(Path dir, ResultTable table) {
    return dir.resolve(table.fileName());
  }

  /** Reads the tables of {@code dir}; the entities table must be there, the others may not. */
  public static ExtractionCsv read(Path dir) throws IOException {
    Path entities = file(dir, ResultTable.ENTITIES);
    Path relations = file(dir, ResultTable.RELATIONS);
    Path events = file(dir, ResultTable.EVENTS);
    Path arguments = file(dir, ResultTable.EVENT_ARGUMENTS);
    Path persons = file(dir, ResultTable.PERSONS);
    Map<String, List<Mention>> mentions = EntityCsv.read(entities);
    return new ExtractionCsv(
        mentions,
        Files.exists(relations) ? RelationCsv.read(relations, mentions) : Map.of(),
        Files.exists(events) && Files.exists(arguments)
            ? EventCsv.read(events, arguments, mentions)
            : Map.of(),
        Files.exists(persons)
            ? PersonCsv.read(persons, EntityCsv.readPersonMentions(entities))
            : Map.of());
  }
}
