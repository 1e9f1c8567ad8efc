package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.core.Person;

class PersonStageTest {
  private static final PersonStage STAGE = new PersonStage();

  /** Each person as {@code id canonical: text@start …}. */
  private static List<String> persons(Document document) {
    return STAGE.apply(document).persons().stream().map(PersonStageTest::show).toList();
  }

  private static String show(Person p) {
    StringBuilder b = new StringBuilder(p.id() + " " + p.canonical() + ":");
    for (Mention m : p.mentions()) {
      b.append(' ').append(m.text()).append('@').append(m.start());
    }
    return b.toString();
  }

  @Test
  void aFamilyNameIsLinkedToTheFullName() {
    assertEquals(
        List.of("P1 William Robertson: William Robertson@9 Robertson@40 Robertson@53"),
        persons(
            Annotated.document(
                "Trung úy William Robertson đến. Sau đó, Robertson và Robertson nữa.",
                "PERSON William Robertson",
                "PERSON Robertson",
                "PERSON Robertson")));
  }

  @Test
  void aVietnameseGivenNameIsLinkedToTheFullName() {
    assertEquals(
        List.of("P1 Võ Nguyên Giáp: Võ Nguyên Giáp@10 Giáp@40"),
        persons(
            Annotated.document(
                "Đại tướng Võ Nguyên Giáp ra lệnh. Tướng Giáp đi.",
                "PERSON Võ Nguyên Giáp",
                "PERSON Giáp")));
  }

  @Test
  void twoPeopleWithOneFamilyNameStayApartAndTheShortNameGoesToTheLastNamed() {
    assertEquals(
        List.of(
            "P1 John Carter: John Carter@0 John Carter@51 Carter@70",
            "P2 Mary Carter: Mary Carter@16 Carter@32"),
        persons(
            Annotated.document(
                "John Carter gặp Mary Carter. Bà Carter về, rồi ông John Carter đến và Carter ở lại.",
                "PERSON John Carter",
                "PERSON Mary Carter",
                "PERSON Carter",
                "PERSON John Carter",
                "PERSON Carter")));
  }

  @Test
  void aNameWithoutItsMiddleInitialIsTheSamePerson() {
    assertEquals(
        List.of("P1 James J. McDonnell: James McDonnell@0 James J. McDonnell@21"),
        persons(
            Annotated.document(
                "James McDonnell nói: James J. McDonnell.",
                "PERSON James McDonnell",
                "PERSON James J. McDonnell")));
  }

  @Test
  void aShortNameBeforeAnyOfTwoFullNamesStandsAlone() {
    assertEquals(
        List.of(
            "P1 Carter: Carter@0",
            "P2 John Carter: John Carter@10",
            "P3 Mary Carter: Mary Carter@25"),
        persons(
            Annotated.document(
                "Carter và John Carter và Mary Carter.",
                "PERSON Carter",
                "PERSON John Carter",
                "PERSON Mary Carter")));
  }
}
