package vnie.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Relation;
import vnie.core.RelationType;

/**
 * The persons table ({@link ResultTable#PERSONS}): one row per person with the canonical name, the
 * ranks the person holds (HasRank) and the units the person commands (Commands), each joined by
 * {@code "; "} without repeats, the number of mentions and the offset of the first one.
 */
public final class PersonCsv {
  /** The columns, in the order written. */
  static final List<String> HEADER =
      List.of("doc", "person_id", "name", "ranks", "units", "mentions", "first_offset");

  private static final List<String> REQUIRED = List.of("doc", "person_id", "name");

  private PersonCsv() {}

  /** Prints the rows of one document to {@code printer} (no header). */
  static void writeRows(Document doc, CSVPrinter printer) throws IOException {
    for (Person p : doc.persons()) {
      SpreadsheetCsv.printRow(
          printer,
          doc.id(),
          p.id(),
          p.canonical(),
          String.join("; ", related(doc, p, RelationType.HasRank)),
          String.join("; ", related(doc, p, RelationType.Commands)),
          p.mentions().size(),
          p.firstOffset());
    }
  }

  /**
   * The texts of the second arguments of {@code type} relations whose first argument is one of the
   * person's mentions, in document order; texts that differ only in letter case count once.
   */
  static List<String> related(Document doc, Person person, RelationType type) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    for (Relation r : doc.relations()) {
      boolean mine = person.mentions().stream().anyMatch(m -> m.span().equals(r.arg1().span()));
      if (r.type() == type && mine && seen.add(r.arg2().text().toLowerCase(Locale.ROOT))) {
        texts.add(r.arg2().text());
      }
    }
    return texts;
  }

  /**
   * Reads a persons table back into persons, with the mentions that the {@code person_id} column of
   * the entities table gives each id ({@link EntityCsv#readPersonMentions}).
   */
  public static Map<String, List<Person>> read(
      Path file, Map<String, Map<String, List<Mention>>> personMentions) throws IOException {
    String sourceName = String.valueOf(file);
    Map<String, List<Person>> byDoc = new LinkedHashMap<>();
    for (CSVRecord r : CsvRows.read(file, REQUIRED)) {
      try {
        String doc = CsvRows.doc(r);
        String id = CsvRows.cell(r, "person_id");
        List<Mention> mentions =
            personMentions.getOrDefault(doc, Map.of()).getOrDefault(id, List.of());
        byDoc
            .computeIfAbsent(doc, d -> new ArrayList<>())
            .add(new Person(id, CsvRows.cell(r, "name"), mentions));
      } catch (IllegalArgumentException e) {
        throw new FileFormatException(sourceName, CsvRows.row(r), "bad row: " + e.getMessage());
      }
    }
    return byDoc;
  }
}
