package vnie.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.classify.TemplatePerceptron;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.eval.TreebankEvaluation;
import vnie.eval.TreebankScores;
import vnie.text.Tokenizer;
import vnie.train.TinyTreebank;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

/** Trains on the hand-written sample in a second, saves, loads and segments. */
class ModelSegmenterTest {
  private static final SegmenterTrainer.Settings SETTINGS =
      new SegmenterTrainer.Settings("PERCEPTRON", 50, 0, 2);
  private static List<Sentence> train;
  private static SegmenterModel model;

  @BeforeAll
  static void train() throws IOException {
    train = sentences("train");
    model = SegmenterTrainer.train(train, SETTINGS);
  }

  private static List<Sentence> sentences(String split) throws IOException {
    return new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
        .alignAll(new Treebank(TinyTreebank.folder()).read(List.of(split)));
  }

  private static List<String> words(WordSegmenter segmenter, String text) {
    return segmenter.segment(new Sentence(0, new Tokenizer().tokenize(text))).stream()
        .map(Word::form)
        .toList();
  }

  @Test
  void segmentsTextLikeItsTrainingData() {
    assertEquals(
        List.of("Quân_đội", "Mỹ", "gặp", "binh_sĩ", "Liên_Xô", "ở", "thị_trấn", "Torgau", "."),
        words(new ModelSegmenter(model), "Quân đội Mỹ gặp binh sĩ Liên Xô ở thị trấn Torgau."));
  }

  @Test
  void aSavedModelLoadsWithItsDictionaryAndSegmentsTheSame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    SegmenterModel loaded = new SegmenterModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(model.words().size(), loaded.words().size());
    assertEquals("PERCEPTRON", loaded.getManifestProperty("vnie.algorithm"));
    String text = "Trung úy Albert Kotzebue chỉ huy đơn vị trinh sát.";
    assertEquals(words(new ModelSegmenter(model), text), words(new ModelSegmenter(loaded), text));
  }

  @Test
  void trainingTwiceGivesTheSameScores() throws IOException {
    List<Sentence> test = sentences("test");
    TreebankScores first = TreebankEvaluation.segmentation(test, new ModelSegmenter(model));
    TreebankScores second =
        TreebankEvaluation.segmentation(
            test, new ModelSegmenter(SegmenterTrainer.train(train, SETTINGS)));
    assertEquals(first, second);
  }

  /**
   * The one check of the fast path: the template scoring of the shipped model and of the model
   * trained here takes OpenNLP's decisions on every sentence of the test treebank and of the seed
   * article.
   */
  @Test
  void templateScoringDecidesAsOpenNlpOnTheTreebank() throws IOException {
    List<Sentence> sentences = new ArrayList<>(train);
    sentences.addAll(sentences("dev"));
    sentences.addAll(sentences("test"));
    for (String line : Files.readAllLines(Path.of("corpus/elbe-day.txt"))) {
      if (!line.isBlank()) {
        sentences.add(new Sentence(0, new Tokenizer().tokenize(line)));
      }
    }
    SegmenterModel shipped;
    try (InputStream in =
        ModelSegmenterTest.class.getResourceAsStream("/vnie/models/segmenter.bin")) {
      shipped = new SegmenterModel(in);
    }
    for (SegmenterModel m : List.of(model, shipped)) {
      ModelSegmenter fast = new ModelSegmenter(m);
      ModelSegmenter openNlp = ModelSegmenter.scoredByOpenNlp(m);
      for (Sentence sentence : sentences) {
        assertEquals(openNlp.segment(sentence), fast.segment(sentence));
      }
    }
  }

  /**
   * The shipped model joins Đồng and sinh (the lexicon's đồng sinh) on its own; a personal name
   * still ends before the lowercase syllable, while hy sinh after a name stays one word.
   */
  @Test
  void aPersonalNameEndsBeforeALowercaseSyllable() throws IOException {
    SegmenterModel shipped;
    try (InputStream in =
        ModelSegmenterTest.class.getResourceAsStream("/vnie/models/segmenter.bin")) {
      shipped = new SegmenterModel(in);
    }
    ModelSegmenter segmenter = new ModelSegmenter(shipped);
    assertEquals(
        List.of("Phạm_Văn_Đồng", "sinh", "năm", "1906", "."),
        words(segmenter, "Phạm Văn Đồng sinh năm 1906."));
    assertEquals(
        List.of("Nguyễn_Văn_Bình", "sinh", "năm", "1920", "tại", "Nghệ_An", "."),
        words(segmenter, "Nguyễn Văn Bình sinh năm 1920 tại Nghệ An."));
    assertEquals(
        List.of("Lê_Văn_Tám", "hy_sinh", "năm", "1945", "."),
        words(segmenter, "Lê Văn Tám hy sinh năm 1945."));
    // Not a family name first: the model's word stands.
    assertEquals(
        List.of("chính_phủ", "Việt_Nam_Cộng_hòa", "."),
        words(segmenter, "chính phủ Việt Nam Cộng hòa."));
  }

  @Test
  void theDictionaryHoldsTheTrainingWordsAndHowEachSyllableIsUsed() {
    WordDictionary words = model.words();
    assertEquals(34, words.size(), "12 of them of two syllables");
    assertEquals('W', words.use("sông"));
    assertEquals('P', words.use("đội"));
    assertEquals('U', words.use("khủng"));
    int[] lengths = words.wordLengthsAt(new String[] {"quân", "đội", "liên", "xô"});
    assertEquals(
        List.of(1 << 2, 0, 1 << 2, 0), List.of(lengths[0], lengths[1], lengths[2], lengths[3]));
  }

  @Test
  void theFeaturesOfABoundaryAreTheStringsTheModelWasTrainedOn() {
    WordDictionary dictionary =
        WordDictionary.of(List.of(List.of("quân", "đội"), List.of("liên", "xô"), List.of("gặp")));
    SyllableFeatures features =
        SyllableFeatures.of(
            new Tokenizer().tokenize("Quân đội Liên Xô gặp 2 lính."),
            dictionary,
            WordDictionary.of(List.of()));
    assertEquals(
        List.of(
            "bias",
            "w0=xô",
            "w-1=liên",
            "w+1=gặp",
            "w-2=đội",
            "w+2=2",
            "b=liên|xô",
            "b-=đội|liên",
            "b+=xô|gặp",
            "t=liên|xô|gặp",
            "t-=đội|liên|xô",
            "r=Liên|Xô",
            "s=AA",
            "s3=AAa",
            "d=200w",
            "dj=2",
            "ds=00",
            "p=I",
            "ps=IAA",
            "pd=I200w",
            "u=PPAA",
            "ld=000-",
            "lm=BB",
            "lp=IBB",
            "ls=BBAA",
            "lw0=BB|xô",
            "lw1=BB|liên"),
        List.of(features.context(3, SyllableFeatures.INSIDE)));
  }

  @Test
  void decidingOnTheSumsGivesTheDecisionOfOpenNlpsProbabilities() {
    List<double[]> cases = new ArrayList<>();
    double one = 1;
    cases.add(new double[] {0, 0});
    cases.add(new double[] {one, Math.nextUp(one)});
    cases.add(new double[] {0.1 + 0.2, 0.3});
    cases.add(new double[] {1e6, 1e6 + 1e-4});
    cases.add(new double[] {-3, 2});
    cases.add(new double[] {2.5, -2.5, 2.5});
    Random random = new Random(11);
    for (int k = 0; k < 10_000; k++) {
      double a = random.nextInt(7) - 3 + random.nextInt(3) * 1e-9;
      double b = random.nextBoolean() ? a : Math.nextAfter(a, random.nextGaussian());
      cases.add(new double[] {a * 1000, b * 1000});
      cases.add(new double[] {a, b});
    }
    for (double[] sums : cases) {
      for (int inside = 0; inside < sums.length; inside++) {
        assertEquals(
            ModelSegmenter.isBest(TemplatePerceptron.probabilities(sums), inside),
            ModelSegmenter.insideIsBest(sums, inside),
            Arrays.toString(sums) + " " + inside);
      }
    }
  }
}
