package vnie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Relation;

/** The example of docs/java.md ("Use it from Java"), as it stands there, compiles and runs. */
class ReadmeExampleTest {
  @Test
  void theReadmeExampleRuns() {
    String text = "Ngày 25/4/1945, Trung úy Albert Kotzebue gặp lính Liên Xô trên sông Elbe.";
    List<String> printed = new ArrayList<>();

    // --- as in docs/java.md ---
    var vnie = Vnie.builder().build();
    Document doc = vnie.process(text);
    for (Mention m : doc.mentions()) printed.add(m.type() + " " + m.text() + " " + m.value());
    for (Relation r : doc.relations())
      printed.add(r.type() + " " + r.arg1().text() + " " + r.arg2().text());
    for (Event e : doc.events())
      for (Argument a : e.arguments())
        printed.add(e.type() + " " + a.role() + " " + a.filler().text());
    for (Person p : doc.persons()) printed.add(p.id() + " " + p.canonical());
    // --- end ---

    assertEquals(
        List.of(
            "DATE Ngày 25/4/1945 1945-04-25",
            "RANK Trung úy ",
            "PERSON Albert Kotzebue ",
            "LOCATION Liên Xô ",
            "LOCATION Elbe ",
            "HasRank Albert Kotzebue Trung úy",
            "Meet Participant Albert Kotzebue",
            "Meet Participant Liên Xô",
            "Meet Time Ngày 25/4/1945",
            "P1 Albert Kotzebue"),
        printed);
  }
}
