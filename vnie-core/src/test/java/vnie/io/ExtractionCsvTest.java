package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;
import vnie.core.EventType;

class ExtractionCsvTest {
  @TempDir Path dir;

  /** The brat round-trip document with its one person. */
  private static Document document() {
    return BratRoundTripTest.documentWithPerson();
  }

  private static String read(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }

  @Test
  void everyTableIsWrittenInTheSpreadsheetDialect() throws Exception {
    ExtractionCsv.write(List.of(document()), dir);

    assertEquals(
        "doc,sentence,id,type,arg1,arg1_start,arg1_end,arg2,arg2_start,arg2_end,source\r\n"
            + "elbe,-1,R1,HasRank,Albert Kotzebue,9,24,Trung úy,0,8,gold\r\n"
            + "elbe,-1,R2,Commands,Albert Kotzebue,9,24,Sư đoàn 69,33,43,gold\r\n",
        read(dir.resolve("relations.csv")));
    assertEquals(
        "doc,sentence,id,type,trigger,start,end,Participant,Attacker,Target,Agent,Mover,"
            + "Destination,Victim,Place,Time,source\r\n"
            + "elbe,-1,E1,Meet,gặp,45,48,Sư đoàn 69; Hồng quân,,,,,,,Torgau,ngày 25/4/1945,gold\r\n"
            + "elbe,-1,E2,Move,tiến về,87,94,,,,,Sư đoàn 69,Berlin,,,,gold\r\n",
        read(dir.resolve("events.csv")));
    assertEquals(
        "doc,event_id,event_type,role,type,text,start,end\r\n"
            + "elbe,E1,Meet,Participant,UNIT,Sư đoàn 69,33,43\r\n"
            + "elbe,E1,Meet,Participant,UNIT,Hồng quân,49,58\r\n"
            + "elbe,E1,Meet,Place,LOCATION,Torgau,61,67\r\n"
            + "elbe,E1,Meet,Time,DATE,ngày 25/4/1945,68,82\r\n"
            + "elbe,E2,Move,Mover,UNIT,Sư đoàn 69,33,43\r\n"
            + "elbe,E2,Move,Destination,LOCATION,Berlin,95,101\r\n",
        read(dir.resolve("event_arguments.csv")));
    assertEquals(
        "doc,person_id,name,ranks,units,mentions,first_offset\r\n"
            + "elbe,P1,Albert Kotzebue,Trung úy,Sư đoàn 69,1,9\r\n",
        read(dir.resolve("persons.csv")));
    assertEquals(
        "elbe,-1,9,24,PERSON,Albert Kotzebue,,gold,P1",
        read(dir.resolve("entities.csv")).split("\r\n", -1)[2]);
  }

  @Test
  void tablesReadBackToTheSameMentionsRelationsEventsAndPersons() throws Exception {
    Document d = document();
    ExtractionCsv.write(List.of(d), dir);

    ExtractionCsv read = ExtractionCsv.read(dir);

    assertEquals(Map.of("elbe", d.mentions()), read.mentions());
    assertEquals(Map.of("elbe", d.relations()), read.relations());
    assertEquals(Map.of("elbe", d.events()), read.events());
    assertEquals(Map.of("elbe", d.persons()), read.persons());
  }

  @Test
  void everyRoleOfEveryEventTypeHasAColumn() {
    for (EventType type : EventType.values()) {
      assertTrue(EventCsv.ROLES.containsAll(type.roles()), type.name());
    }
  }

  @Test
  void onlyTheEntitiesTableIsNeeded() throws Exception {
    ResultTable.ENTITIES.write(List.of(document()), dir.resolve("entities.csv"));

    ExtractionCsv read = ExtractionCsv.read(dir);

    assertEquals(7, read.mentions().get("elbe").size());
    assertEquals(Map.of(), read.relations());
    assertEquals(Map.of(), read.events());
  }

  @Test
  void badRowsAreReportedWithFileAndRow() {
    String relations =
        "doc,type,arg1,arg1_start,arg1_end,arg2,arg2_start,arg2_end,source\r\n"
            + "d,IsFriendOf,A,0,1,B,2,3,x\r\n";
    FileFormatException e =
        assertThrows(
            FileFormatException.class,
            () -> RelationCsv.read(new StringReader(relations), "relations.csv", Map.of()));
    assertEquals(
        "relations.csv:2: bad row: No enum constant vnie.core.RelationType.IsFriendOf",
        e.getMessage());

    String events = "doc,id,type,trigger,start,end,source\r\nd,E1,Meet,gặp,0,5,x\r\n";
    String arguments = "doc,event_id,event_type,role,type,text,start,end\r\n";
    FileFormatException bad =
        assertThrows(
            FileFormatException.class,
            () ->
                EventCsv.read(
                    new StringReader(events),
                    "events.csv",
                    new StringReader(arguments),
                    "event_arguments.csv",
                    Map.of()));
    assertEquals("events.csv:2: bad row: trigger text does not fit offsets", bad.getMessage());
  }
}
