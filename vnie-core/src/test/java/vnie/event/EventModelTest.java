package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.classify.FeatureStrings;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;

class EventModelTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();

  /** "Tướng NAME tấn công PLACE năm YEAR." with its gold mentions, HasRank and Attack. */
  private static Document gold(String id, String name, String place, String year) {
    String text = "Tướng " + name + " tấn công " + place + " năm " + year + ".";
    Mention rank = mention(text, EntityType.RANK, "Tướng");
    Mention person = mention(text, EntityType.PERSON, name);
    Mention where = mention(text, EntityType.LOCATION, place);
    Mention when = mention(text, EntityType.DATE, "năm " + year);
    int t = text.indexOf("tấn công");
    Event attack =
        new Event(
            EventType.Attack,
            t,
            t + "tấn công".length(),
            "tấn công",
            List.of(
                new Argument("Attacker", person),
                new Argument("Place", where),
                new Argument("Time", when)),
            Provenance.GOLD);
    return Document.of(id, text)
        .withMentions(List.of(rank, person, where, when))
        .withRelations(List.of(new Relation(RelationType.HasRank, person, rank, Provenance.GOLD)))
        .withEvents(List.of(attack));
  }

  /** "Tướng Lee gặp Grant năm 1863.": the rank is Lee's alone, and the event a Meet. */
  private static Document meeting() {
    String text = "Tướng Lee gặp Grant năm 1863.";
    Mention rank = mention(text, EntityType.RANK, "Tướng");
    Mention lee = mention(text, EntityType.PERSON, "Lee");
    Mention grant = mention(text, EntityType.PERSON, "Grant");
    Mention when = mention(text, EntityType.DATE, "năm 1863");
    int t = text.indexOf("gặp");
    Event meet =
        new Event(
            EventType.Meet,
            t,
            t + 3,
            "gặp",
            List.of(
                new Argument("Participant", lee),
                new Argument("Participant", grant),
                new Argument("Time", when)),
            Provenance.GOLD);
    return Document.of("m", text)
        .withMentions(List.of(rank, lee, grant, when))
        .withRelations(List.of(new Relation(RelationType.HasRank, lee, rank, Provenance.GOLD)))
        .withEvents(List.of(meet));
  }

  private static Mention mention(String text, EntityType type, String surface) {
    int at = text.indexOf(surface);
    return Mention.of(text, type, at, at + surface.length(), "", Provenance.GOLD);
  }

  /**
   * A document of {@code text} with the mentions {@code TYPE surface}, each its first occurrence.
   */
  private static Document document(String text, String... mentions) {
    List<Mention> out = new ArrayList<>();
    for (String m : mentions) {
      int space = m.indexOf(' ');
      out.add(mention(text, EntityType.valueOf(m.substring(0, space)), m.substring(space + 1)));
    }
    return Document.of("d", text).withMentions(out);
  }

  private static EventModel trained() throws IOException {
    List<Document> gold =
        List.of(
            gold("a", "Lee", "Gettysburg", "1863"),
            gold("b", "Grant", "Vicksburg", "1863"),
            gold("c", "Giáp", "Điện Biên Phủ", "1954"),
            meeting());
    List<Document> analysed = new ArrayList<>();
    for (Document g : gold) {
      analysed.add(RULES.process(g.id(), g.text()));
    }
    return EventModelTrainer.train(analysed, gold, new EventModelTrainer.Settings(10, 1));
  }

  private static String render(Document d) {
    List<String> out = new ArrayList<>();
    d.relations().forEach(r -> out.add(r.type() + " " + r.arg1().text() + " " + r.arg2().text()));
    for (Event e : d.events()) {
      out.add(e.type() + " " + e.triggerText());
      e.arguments().forEach(a -> out.add("  " + a.role() + " " + a.filler().text()));
    }
    return String.join("\n", out);
  }

  @Test
  void modelsTrainedOnATinySampleFindTheEventOfANewSentenceAndSurviveSaving() throws IOException {
    EventModel model = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    EventModel loaded = new EventModel(new ByteArrayInputStream(bytes.toByteArray()));
    Document unseen = gold("d", "Zhukov", "Berlin", "1945");
    Document analysed = RULES.process("d", unseen.text()).withMentions(unseen.mentions());

    for (EventModel m : List.of(model, loaded)) {
      Document found = new EventModelStage(m).apply(analysed);
      assertEquals(
          "HasRank Zhukov Tướng\nAttack tấn công\n  Attacker Zhukov\n  Place Berlin\n"
              + "  Time năm 1945",
          render(found));
      assertEquals(EventModelStage.SOURCE, found.events().get(0).provenance());
    }
  }

  @Test
  void theTriggerOutsideBiasSurvivesSavingAndTurnsTokensTheModelLeftOutIntoTriggers()
      throws IOException {
    EventModel model = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.withTriggerOutsideBias(1e9).serialize(bytes);
    EventModel biased = new EventModel(new ByteArrayInputStream(bytes.toByteArray()));
    Document unseen = gold("d", "Zhukov", "Berlin", "1945");
    Document analysed = RULES.process("d", unseen.text()).withMentions(unseen.mentions());

    assertEquals(0.0, model.triggerOutsideBias());
    assertEquals(1e9, biased.triggerOutsideBias());
    assertEquals(
        List.of("tấn công"),
        new EventModelStage(model)
            .apply(analysed).events().stream().map(Event::triggerText).toList());
    // With O a billion lower where no trigger is open, every token after an O starts one; inside
    // a trigger the model alone decides where it ends (so Zhukov, Berlin and 1945 stay outside).
    assertEquals(
        List.of("Tướng", "tấn công", "năm", "."),
        new EventModelStage(biased)
            .apply(analysed).events().stream().map(Event::triggerText).toList());
  }

  @Test
  void annotationsWhereEveryPairHoldsTheSameRelationAreRefusedWithWhatTheyLack() {
    // Each sentence has one person and his rank: no pair without a relation to learn from.
    List<Document> gold =
        List.of(gold("a", "Lee", "Gettysburg", "1863"), gold("b", "Grant", "Vicksburg", "1863"));
    List<Document> analysed = gold.stream().map(g -> RULES.process(g.id(), g.text())).toList();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EventModelTrainer.train(analysed, gold, new EventModelTrainer.Settings(10, 1)));
    assertEquals(
        "cannot train the relation classifier: every example the annotations give it is HasRank;"
            + " it needs HasRank or Commands relations, and PERSON-RANK or PERSON-UNIT pairs of a"
            + " sentence without one",
        e.getMessage());
  }

  @Test
  void theTriggerFeaturesOfATokenAreWrittenInTheirFixedOrder() {
    Document g = gold("a", "Lee", "Gettysburg", "1863");
    Document analysed = RULES.process("a", g.text()).withMentions(g.mentions());
    EventSentence s = EventSentence.of(analysed).get(0);
    EventFeatures features = new EventFeatures(s, EventLexicons.load(), List.of(), List.of());
    FeatureStrings strings = new FeatureStrings();

    new TriggerContext(features).add(2, "I-PERSON", "B-RANK", strings);

    assertEquals(
        List.of(
            "bias",
            "w=tấn",
            "w-1=lee",
            "w+1=công",
            "w-2=tướng",
            "w+2=gettysburg",
            "b-=lee|tấn",
            "b+=tấn|công",
            "sg=tấn_công",
            "t=" + s.tag(2),
            "t-1=" + s.tag(1),
            "t+1=" + s.tag(3),
            "lx=B-Attack",
            "lxw=B-Attack|tấn",
            "su=O",
            "sul=O|B-Attack",
            "fsu=O|B-Attack",
            "cu-1=O",
            "cu+1=O",
            "e=O",
            "e-1=B-PERSON",
            "e+1=O",
            "e+2=B-LOCATION",
            "rt=O",
            "rtw=O|tấn",
            "p=I-PERSON",
            "pp=B-RANK|I-PERSON",
            "pw=I-PERSON|tấn"),
        List.of(strings.toArray()));
  }

  /** The relation features that tell whose a title or unit is, for each PERSON of a sentence. */
  private static List<String> relationFeatures(Document g, String person, String target) {
    return relationFeatures(g, person, target, "(pr|ge|np|li|tk)=.*");
  }

  private static List<String> relationFeatures(
      Document g, String person, String target, String pattern) {
    Document analysed = RULES.process(g.id(), g.text()).withMentions(g.mentions());
    EventSentence s = EventSentence.of(analysed).get(0);
    EventFeatures features = new EventFeatures(s, EventLexicons.load(), List.of(), List.of());
    Anchored p =
        s.mentions().stream()
            .filter(a -> a.mention().text().equals(person))
            .findFirst()
            .orElseThrow();
    Anchored t =
        s.mentions().stream()
            .filter(a -> a.mention().text().equals(target))
            .findFirst()
            .orElseThrow();
    FeatureStrings strings = new FeatureStrings();
    PairFeatures.relation(features, p, t, strings);
    List<String> wanted = new ArrayList<>();
    for (String f : strings.toArray()) {
      if (f.matches(pattern)) {
        wanted.add(f);
      }
    }
    return wanted;
  }

  @Test
  void aTitleRightBeforeOneNameIsMarkedAsTakenForTheOther() {
    Document m = meeting();

    assertEquals(
        List.of(
            "np=RANK|target-first|1",
            "li=RANK|alone",
            "tk=RANK|target|false",
            "tk=RANK|person|false"),
        relationFeatures(m, "Lee", "Tướng"));
    assertEquals(
        List.of(
            "np=RANK|target-first|2",
            "li=RANK|alone",
            "tk=RANK|target|true",
            "tk=RANK|person|false"),
        relationFeatures(m, "Grant", "Tướng"));
  }

  @Test
  void aUnitListedBeforeANearerOneAndTheWordsBeforeTheCommandersTitleAreFeatures() {
    Document g =
        document(
            "Trung đoàn 165 và Trung đoàn 88 dưới quyền Đại tá Vương Thừa Vũ.",
            "UNIT Trung đoàn 165",
            "UNIT Trung đoàn 88",
            "RANK Đại tá",
            "PERSON Vương Thừa Vũ");

    assertEquals(
        List.of(
            "pr=UNIT|quyền",
            "np=UNIT|target-first|1",
            "li=UNIT|list",
            "tk=UNIT|target|false",
            "tk=UNIT|person|true"),
        relationFeatures(g, "Vương Thừa Vũ", "Trung đoàn 165"));
    assertEquals(
        List.of(
            "pr=UNIT|quyền",
            "np=UNIT|target-first|1",
            "li=UNIT|alone",
            "tk=UNIT|target|false",
            "tk=UNIT|person|true"),
        relationFeatures(g, "Vương Thừa Vũ", "Trung đoàn 88"));
  }

  @Test
  void aPronounBetweenAndTheWordsAroundTheTitleWithTheOrderAreFeatures() {
    Document g =
        document(
            "Hán Hiến Đế phong ông làm Trấn đông tướng quân, Lưu Bị nhận.",
            "PERSON Hán Hiến Đế",
            "RANK Trấn đông tướng quân",
            "PERSON Lưu Bị");

    assertEquals(
        List.of("pt=RANK|person-first|làm", "pn=RANK|person-first|true", "at=RANK|person-first|,"),
        relationFeatures(g, "Hán Hiến Đế", "Trấn đông tướng quân", "(pt|pn|at)=.*"));
    assertEquals(
        List.of("pt=RANK|target-first|làm", "pn=RANK|target-first|false", "at=RANK|target-first|,"),
        relationFeatures(g, "Lưu Bị", "Trấn đông tướng quân", "(pt|pn|at)=.*"));
  }

  @Test
  void aRoleGoesOnlyToAMentionOfATypeItAllows() {
    assertEquals(true, EventModelStage.fits(EventType.Attack, "Place", EntityType.LOCATION));
    assertEquals(false, EventModelStage.fits(EventType.Attack, "Place", EntityType.UNIT));
    assertEquals(false, EventModelStage.fits(EventType.Attack, "Time", EntityType.LOCATION));
    assertEquals(false, EventModelStage.fits(EventType.Move, "Attacker", EntityType.UNIT));
    assertEquals(false, EventModelStage.fits(EventType.Death, "Victim", EntityType.RANK));
    assertEquals(true, EventModelStage.fits(EventType.Death, "Victim", EntityType.PERSON));
  }
}
