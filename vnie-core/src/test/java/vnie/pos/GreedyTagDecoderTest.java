package vnie.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.text.Tokenizer;
import vnie.train.TinyTreebank;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

/**
 * The greedy decoder gives POSTaggerME's tags word for word, also on models made to tie: weights of
 * a few round values, so that sums are often exactly equal, and tag dictionaries that often forbid
 * the most probable tag, so that every branch of the beam search's choice is taken.
 */
class GreedyTagDecoderTest {
  private static final double[] ROUND_WEIGHTS = {-1, -0.5, 0, 0.5, 1, 0.1, 0.2, 0.3};
  private static POSModel trained;
  private static List<String[]> sentences;

  @BeforeAll
  static void train() throws IOException {
    TreebankAlignment align =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS);
    Treebank tiny = new Treebank(TinyTreebank.folder());
    List<Sentence> train = align.alignAll(tiny.read(List.of("train")));
    trained = PosTrainer.train(train, new PosTrainer.Settings("PERCEPTRON", 50, 0, 1));
    sentences = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>();
    for (Sentence s : align.alignAll(tiny.read(List.of("train", "dev", "test")))) {
      String[] forms = s.words().stream().map(Word::form).toArray(String[]::new);
      sentences.add(forms);
      Collections.addAll(vocabulary, forms);
    }
    Random random = new Random(7);
    for (int k = 0; k < 200; k++) {
      String[] forms = new String[1 + random.nextInt(30)];
      for (int i = 0; i < forms.length; i++) {
        forms[i] =
            random.nextInt(10) == 0 ? "Từ_lạ" : vocabulary.get(random.nextInt(vocabulary.size()));
      }
      sentences.add(forms);
    }
  }

  /** {@code trained}'s features with seeded round weights and tag dictionary. */
  private static POSModel tied(long seed) throws IOException {
    Random random = new Random(seed);
    AbstractModel classifier = (AbstractModel) trained.getArtifact("pos.model");
    Object[] data = classifier.getDataStructures();
    @SuppressWarnings("unchecked") // as getDataStructures() documents
    Map<String, Context> features = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> names = new ArrayList<>(new TreeSet<>(features.keySet()));
    Context[] weights = new Context[names.size()];
    for (int f = 0; f < weights.length; f++) {
      int[] active = random.ints(0, outcomes.length).distinct().limit(3).toArray();
      double[] values = new double[active.length];
      for (int k = 0; k < active.length; k++) {
        values[k] = ROUND_WEIGHTS[random.nextInt(ROUND_WEIGHTS.length)];
      }
      weights[f] = new Context(active, values);
    }
    PerceptronModel model =
        new PerceptronModel(weights, names.toArray(new String[0]), outcomes.clone());
    POSDictionary tagDictionary = new POSDictionary(true);
    for (String[] forms : sentences) {
      for (String form : forms) {
        if (random.nextInt(3) > 0) {
          tagDictionary.put(form, outcomes[random.nextInt(outcomes.length)], outcomes[0]);
        }
      }
    }
    VietnamesePosFactory factory = new VietnamesePosFactory();
    factory.setTagDictionary(tagDictionary);
    return new POSModel("vi", model, 1, Map.of(), factory);
  }

  private static void assertSameTagsAsPosTaggerMe(POSModel model) {
    GreedyTagDecoder decoder = GreedyTagDecoder.of(model).orElseThrow();
    POSTaggerME reference = new POSTaggerME(model, POSTagFormat.CUSTOM);
    for (String[] forms : sentences) {
      assertArrayEquals(reference.tag(forms), decoder.tag(forms), String.join(" ", forms));
    }
  }

  @Test
  void tagsAsPosTaggerMeWithTheTrainedWeights() {
    assertSameTagsAsPosTaggerMe(trained);
  }

  @Test
  void tagsAsPosTaggerMeWhenScoresTie() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      assertSameTagsAsPosTaggerMe(tied(seed));
    }
  }

  @Test
  void aModelDecodedOtherwiseIsLeftToPosTaggerMe() throws IOException {
    POSModel beam3 =
        new POSModel(
            "vi",
            (PerceptronModel) trained.getArtifact("pos.model"),
            3,
            Map.of(),
            new VietnamesePosFactory());
    assertFalse(GreedyTagDecoder.of(beam3).isPresent());
  }
}
