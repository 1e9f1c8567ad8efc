package vnie.batch;

import java.util.List;
import vnie.io.EntityCsv;
import vnie.io.EventCsv;
import vnie.io.ExtractionCsv;
import vnie.io.PersonCsv;
import vnie.io.RelationCsv;

/** The tables a batch writes, in the order their bytes are recorded in the journal. */
// List.of is unmodifiable; Error Prone only trusts Guava's ImmutableList, which vnie does not use.
@SuppressWarnings("ImmutableEnumChecker")
enum Table {
  ENTITIES(ExtractionCsv.ENTITIES, EntityCsv.HEADER),
  RELATIONS(ExtractionCsv.RELATIONS, RelationCsv.HEADER),
  EVENTS(ExtractionCsv.EVENTS, EventCsv.EVENT_HEADER),
  EVENT_ARGUMENTS(ExtractionCsv.EVENT_ARGUMENTS, EventCsv.ARGUMENT_HEADER),
  PERSONS(ExtractionCsv.PERSONS, PersonCsv.HEADER),
  ERRORS("errors.csv", List.of("file", "reason"));

  private final String fileName;
  private final List<String> header;

  Table(String fileName, List<String> header) {
    this.fileName = fileName;
    this.header = header;
  }

  String fileName() {
    return fileName;
  }

  List<String> header() {
    return header;
  }

  /** The file the table grows in until the batch ends; hidden so that no one takes it as done. */
  String partialName() {
    return "." + fileName + ".partial";
  }
}
