package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vnie.Vnie;
import vnie.classify.FeatureStrings;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Sentence;

class EntityModelTest {
  private static final Vnie RULES = Vnie.builder().rulesOnly().build();
  private static final Gazetteers GAZETTEERS =
      Gazetteers.of(Map.of("places", List.of("Huế", "Vinh")));
  private static final WordClusters CLUSTERS =
      WordClusters.of(List.of(4), Map.of("Brandt", new int[] {1}, "Kowalski", new int[] {1}));

  private static LabelledDocument labelled(String id, String text, String person, String place) {
    Document analysed = RULES.process(id, text);
    List<Mention> gold = new ArrayList<>();
    int p = text.indexOf(person);
    gold.add(Mention.of(text, EntityType.PERSON, p, p + person.length(), "", Provenance.GOLD));
    int l = text.indexOf(place);
    gold.add(Mention.of(text, EntityType.LOCATION, l, l + place.length(), "", Provenance.GOLD));
    return new LabelledDocument(analysed, Document.of(id, text).withMentions(gold));
  }

  /** The features of a sentence read alone (no document memory), under the rules' mentions. */
  private static EntityFeatures featuresOf(
      Sentence sentence, List<Mention> ruleMentions, FeatureGroups groups) {
    RuleLabels rules = RuleLabels.of(sentence, ruleMentions);
    return new EntityFeatures(
        sentence, GAZETTEERS, CLUSTERS, rules.labels(), rules.sources(), null, groups);
  }

  private static EntityModel trained() throws IOException {
    List<LabelledDocument> docs =
        List.of(
            labelled("a", "Ông Brandt đến Huế.", "Brandt", "Huế"),
            labelled("b", "Ông Moreau đến Vinh.", "Moreau", "Vinh"),
            labelled("c", "Ông Novak đến Huế.", "Novak", "Huế"));
    return EntityModelTrainer.train(
        docs, GAZETTEERS, CLUSTERS, new EntityModelTrainer.Settings(10, 1, FeatureGroups.all()));
  }

  @Test
  void aModelTrainedOnATinySampleFindsAnUnseenNameAndSurvivesSavingAndLoading() throws IOException {
    EntityModel model = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    EntityModel loaded = new EntityModel(new ByteArrayInputStream(bytes.toByteArray()));
    Document doc = RULES.process("d", "Ông Kowalski đến Vinh.");

    for (EntityModel m : List.of(model, loaded)) {
      EntityTagger tagger = EntityTagger.of(m, GAZETTEERS, CLUSTERS);
      List<Mention> found =
          tagger.mentions(doc.text(), doc.sentences(), List.of(doc.mentions())).get(0);
      assertEquals(
          List.of("PERSON 4-12 Kowalski", "LOCATION 17-21 Vinh"),
          found.stream()
              .map(x -> x.type() + " " + x.start() + "-" + x.end() + " " + x.text())
              .toList());
      assertEquals(
          "gazetteers,clusters,rules,document,context",
          m.getManifestProperty(EntityModel.FEATURES_ENTRY));
    }
  }

  /** The fast decoder sums the same weights as OpenNLP's own evaluation of the features. */
  @Test
  void theTaggersChoiceIsOpenNlpsBestOutcomeForEveryToken() throws IOException {
    EntityModel model = trained();
    EntityTagger tagger = EntityTagger.of(model, GAZETTEERS, CLUSTERS);
    Document doc = RULES.process("d", "Ông Kowalski đến Vinh, rồi ông Brandt về Huế.");
    Sentence sentence = doc.sentences().get(0);

    String[] labels = tagger.labels(sentence, doc.mentions());

    EntityFeatures features = featuresOf(sentence, doc.mentions(), model.features());
    String[] expected = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      FeatureStrings context = new FeatureStrings();
      features.add(i, expected, context);
      double[] p = model.classifier().eval(context.toArray());
      int best = -1;
      for (int o = 0; o < p.length; o++) {
        String label = model.classifier().getOutcome(o);
        boolean allowed =
            !label.startsWith("I-") || (i > 0 && expected[i - 1].endsWith(label.substring(2)));
        if (allowed && (best < 0 || p[o] > p[best])) {
          best = o;
        }
      }
      expected[i] = model.classifier().getOutcome(best);
    }
    assertArrayEquals(expected, labels);
  }

  @Test
  void aTokenOfACapitalisedRunSeesTheWordsAroundTheRunAndItsPlaceInIt() {
    Document doc = RULES.process("d", "Ông Kowalski đến Huế.");
    Sentence sentence = doc.sentences().get(0);
    FeatureStrings context = new FeatureStrings();

    featuresOf(sentence, doc.mentions(), FeatureGroups.all()).add(1, "B-PERSON", "O", context);

    List<String> written = List.of(context.toArray());
    assertEquals(
        List.of("nb=<s>", "na=đến", "nl=1|1", "nbb=<s>|<s>", "ne=ông|kowalski"),
        written.subList(written.size() - 5, written.size()));
  }

  @Test
  void withoutTheContextGroupNoWordOrRunContextIsWritten() {
    Document doc = RULES.process("d", "Ông Kowalski đến Huế.");
    Sentence sentence = doc.sentences().get(0);
    FeatureStrings context = new FeatureStrings();

    featuresOf(sentence, doc.mentions(), new FeatureGroups(true, true, true, true, false))
        .add(3, "O", "O", context);

    assertEquals("ps=O|Xx", context.toArray()[context.toArray().length - 1]);
  }

  @Test
  void theFeaturesOfATokenAreWrittenInTheirFixedOrder() {
    Document doc = RULES.process("d", "Ông Kowalski đến Huế.");
    Sentence sentence = doc.sentences().get(0);
    RuleLabels rules = RuleLabels.of(sentence, doc.mentions());
    EntityFeatures features = featuresOf(sentence, doc.mentions(), FeatureGroups.all());
    FeatureStrings context = new FeatureStrings();

    features.add(3, "O", "O", context);

    assertEquals(
        List.of(
            "bias",
            "w=huế",
            "r=Huế",
            "w-1=đến",
            "w+1=.",
            "w-2=kowalski",
            "w+2=</s>",
            "b-=đến|huế",
            "b+=huế|.",
            "s=Xx",
            "ss=x|Xx|.",
            "x=huế",
            "sg=huế|S",
            "t=" + sentence.words().get(3).tag(),
            "t-1=" + sentence.words().get(2).tag(),
            "t+1=" + sentence.words().get(4).tag(),
            "g=places:B",
            "ru=" + rules.labels()[3],
            "rs=" + rules.labels()[3] + "|" + rules.sources()[3],
            "ru-1=O",
            "ru+1=O",
            "p=O",
            "pp=O|O",
            "pw=O|huế",
            "ps=O|Xx",
            "sw-1=đến",
            "sw+1=.",
            "nb=đến",
            "na=.",
            "nl=0|0",
            "nbb=kowalski|đến",
            "ne=huế|huế"),
        List.of(context.toArray()));
  }
}
