package vnie.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;
import vnie.segment.LexiconSegmenter;
import vnie.text.Tokenizer;
import vnie.train.TinyTreebank;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

/** Trains a tagger on the hand-written sample, saves, loads and tags, also from many threads. */
class ModelTaggerTest {
  private static POSModel model;

  @BeforeAll
  static void train() throws IOException {
    List<Sentence> train =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
            .alignAll(new Treebank(TinyTreebank.folder()).read(List.of("train")));
    model = PosTrainer.train(train, new PosTrainer.Settings("PERCEPTRON", 50, 0, 1));
  }

  private static Sentence gold(String text, String... words) {
    Sentence s = new Sentence(0, new Tokenizer().tokenize(text));
    List<vnie.core.Word> out = new ArrayList<>();
    int t = 0;
    for (String w : words) {
      int n = w.split("_").length;
      out.add(vnie.segment.WordSegmenter.word(s.tokens(), t, n));
      t += n;
    }
    return s.withWords(out);
  }

  private static final Sentence SENTENCE =
      gold(
          "Binh sĩ Mỹ gặp quân đội Liên Xô ở thị trấn Torgau.",
          "Binh_sĩ",
          "Mỹ",
          "gặp",
          "quân_đội",
          "Liên_Xô",
          "ở",
          "thị_trấn",
          "Torgau",
          ".");

  /**
   * The one check of the fast path on real models: the greedy decoder of the shipped model and of
   * the model trained here gives POSTaggerME's tags on every sentence of the test treebank and of
   * the seed article (GreedyTagDecoderTest forces the rarer branches on models made to tie).
   */
  @Test
  void theGreedyDecoderTagsAsPosTaggerMeOnTheTreebank() throws IOException {
    assertTrue(GreedyTagDecoder.of(model).isPresent(), "the tiny model is decoded greedily");
    POSModel shipped;
    try (InputStream in = ModelTaggerTest.class.getResourceAsStream("/vnie/models/pos.bin")) {
      shipped = new POSModel(in);
    }
    List<Sentence> sentences =
        new ArrayList<>(
            new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
                .alignAll(
                    new Treebank(TinyTreebank.folder()).read(List.of("train", "dev", "test"))));
    LexiconSegmenter segmenter = new LexiconSegmenter();
    for (String line : Files.readAllLines(Path.of("corpus/elbe-day.txt"))) {
      if (!line.isBlank()) {
        Sentence s = new Sentence(0, new Tokenizer().tokenize(line));
        sentences.add(s.withWords(segmenter.segment(s)));
      }
    }
    for (POSModel m : List.of(model, shipped)) {
      ModelTagger fast = new ModelTagger(m);
      ModelTagger openNlp = ModelTagger.decodedByOpenNlp(m);
      for (Sentence sentence : sentences) {
        assertEquals(openNlp.tag(sentence), fast.tag(sentence));
      }
    }
    assertEquals(
        List.of("N", "NNP", "V", "N", "NNP", "Pre", "N", "NNP", "."),
        new ModelTagger(model).tag(SENTENCE));
  }

  @Test
  void tagsWithTheTrainedTagsAsTheyAre() {
    assertEquals(
        List.of("N", "NNP", "V", "N", "NNP", "Pre", "N", "NNP", "."),
        new ModelTagger(model).tag(SENTENCE));
  }

  @Test
  void aSavedModelLoadsWithItsFactoryAndTagsTheSame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    POSModel loaded = new POSModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(VietnamesePosFactory.class, loaded.getFactory().getClass());
    assertEquals(new ModelTagger(model).tag(SENTENCE), new ModelTagger(loaded).tag(SENTENCE));
  }

  @Test
  void oneTaggerSharedByThreadsGivesEachTheSameTags() throws Exception {
    ModelTagger shared = new ModelTagger(model);
    List<String> expected = shared.tag(SENTENCE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> shared.tag(SENTENCE)));
      }
      for (Future<List<String>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void auxiliarySentencesTrainSharedFeaturesAndTheirOwnDomainCopies() throws IOException {
    String[] words = {"Quân_đội", "đến"};
    List<String> target = List.of(new WordShapeContext().getContext(0, words, new String[2], null));
    Object[] marked = {new String[] {WordShapeContext.AUXILIARY}};
    List<String> auxiliary =
        List.of(new WordShapeContext().getContext(0, words, new String[2], marked));
    assertEquals(
        List.of("w=quân_đội", "T:bias", "T:w=quân_đội"),
        target.stream().filter(f -> f.startsWith("w=") || f.contains(":")).toList());
    assertEquals(
        List.of("w=quân_đội", "A:bias", "A:w=quân_đội"),
        auxiliary.stream().filter(f -> f.startsWith("w=") || f.contains(":")).toList());
    Object[] second = {new String[] {WordShapeContext.AUXILIARY + "2"}};
    List<String> secondCorpus =
        List.of(new WordShapeContext().getContext(0, words, new String[2], second));
    assertEquals(
        List.of("w=quân_đội", "A2:bias", "A2:w=quân_đội"),
        secondCorpus.stream().filter(f -> f.startsWith("w=") || f.contains(":")).toList());

    Treebank tiny = new Treebank(TinyTreebank.folder());
    TreebankAlignment align =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS);
    POSModel withDev =
        PosTrainer.train(
            align.alignAll(tiny.read(List.of("train"))),
            align.alignAll(tiny.read(List.of("dev"))),
            new PosTrainer.Settings("PERCEPTRON", 50, 0, 1));
    assertEquals(
        List.of("N", "NNP", "V", "N", "NNP", "Pre", "N", "NNP", "."),
        new ModelTagger(withDev).tag(SENTENCE));
  }

  @Test
  void wordShapes() {
    assertEquals("A", WordShapeContext.shape("Liên_Xô"));
    assertEquals("Aa", WordShapeContext.shape("Quân_đội"));
    assertEquals("a", WordShapeContext.shape("quân_đội"));
    assertEquals("U", WordShapeContext.shape("UBND"));
    assertEquals("9", WordShapeContext.shape("25/4/1945"));
    assertEquals("9a", WordShapeContext.shape("10h35"));
    assertEquals(".", WordShapeContext.shape("..."));
  }
}
