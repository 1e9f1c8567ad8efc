package vnie.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.text.Tokenizer;
import vnie.train.TinyTreebank;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

/**
 * The lexicon features: a word list, the features it gives a boundary, a model trained with it on
 * the hand-written sample, and a user's words added to that model without retraining.
 */
class LexiconTest {
  private static final SegmenterTrainer.Settings SETTINGS =
      new SegmenterTrainer.Settings("PERCEPTRON", 50, 0, 2);

  /** The sample's words of several syllables, and two words the sample never has. */
  private static final WordList LEXICON =
      WordList.of(
          List.of(
              "quân đội",
              "liên xô",
              "binh sĩ",
              "thị trấn",
              "trung úy",
              "chỉ huy",
              "đơn vị",
              "trinh sát",
              "bắt tay",
              "chào đón",
              "người dân",
              "báo cáo",
              "xe tăng",
              "pháo binh"));

  private static SegmenterModel model;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws IOException {
    List<Sentence> train =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
            .alignAll(new Treebank(TinyTreebank.folder()).read(List.of("train")));
    model = SegmenterTrainer.train(train, LEXICON, SETTINGS);
  }

  private static List<String> words(WordSegmenter segmenter, String text) {
    return segmenter.segment(new Sentence(0, new Tokenizer().tokenize(text))).stream()
        .map(Word::form)
        .toList();
  }

  @Test
  void aWordListKeepsWordsOfSeveralSyllablesLowercasedAsTheTokenizerSplitsThem() {
    WordList words = WordList.of(List.of("Quân đội", "liên_xô", "sông", "Ban chỉ đạo 33", "  "));
    assertEquals(3, words.size());
    assertEquals(
        List.of(List.of("ban", "chỉ", "đạo", "33"), List.of("liên", "xô"), List.of("quân", "đội")),
        words.syllables());
    assertEquals(4, words.plus(WordList.of(List.of("xe tăng", "quân đội"))).size());
  }

  @Test
  void aWordListFileSkipsCommentsAndBlankLines() throws IOException {
    Path file = dir.resolve("words.txt");
    Files.writeString(file, "# terms\nxe tăng\n\nPháo_binh\n", StandardCharsets.UTF_8);
    assertEquals(
        List.of(List.of("pháo", "binh"), List.of("xe", "tăng")), WordList.read(file).syllables());
  }

  @Test
  void theLexiconFeaturesOfABoundarySayWhichLexiconWordsStandAroundIt() {
    WordDictionary lexicon = WordDictionary.of(LEXICON.syllables());
    SyllableFeatures features =
        SyllableFeatures.of(
            new Tokenizer().tokenize("Xe tăng quân đội tiến."),
            WordDictionary.of(List.of()),
            lexicon);
    List<String> lexiconFeatures =
        List.of(features.context(1, SyllableFeatures.BEGIN)).stream()
            .filter(f -> f.startsWith("l"))
            .toList();
    // Inside "xe tăng": spanned by a word of two syllables, which is the pair; both the match from
    // the left and the match from the right join it.
    assertEquals(
        List.of("ld=200w", "lm=II", "lp=BII", "ls=IIAa", "lw0=II|tăng", "lw1=II|xe"),
        lexiconFeatures);
  }

  @Test
  void theLexiconFindsAWordWhateverVowelCarriesTheTone() {
    // The shipped vocabulary writes "trung uý"; texts write "Trung úy" as often.
    WordDictionary lexicon = WordDictionary.of(WordList.of(List.of("trung uý")).syllables());
    List<String> newStyle = lexiconFeatures("Trung uý Kotzebue.", lexicon);
    assertEquals(
        List.of("ld=200w", "lm=II", "lp=BII", "ls=IIAa", "lw0=II|uý", "lw1=II|trung"), newStyle);
    assertEquals(
        List.of("ld=200w", "lm=II", "lp=BII", "ls=IIAa", "lw0=II|úy", "lw1=II|trung"),
        lexiconFeatures("Trung úy Kotzebue.", lexicon));
  }

  private static List<String> lexiconFeatures(String text, WordDictionary lexicon) {
    SyllableFeatures features =
        SyllableFeatures.of(new Tokenizer().tokenize(text), WordDictionary.of(List.of()), lexicon);
    return List.of(features.context(1, SyllableFeatures.BEGIN)).stream()
        .filter(f -> f.startsWith("l"))
        .toList();
  }

  @Test
  void aModelTrainedWithALexiconJoinsItsWordsAlsoWhereTrainingNeverHadThem() throws IOException {
    ModelSegmenter segmenter = new ModelSegmenter(model);
    assertEquals(LEXICON.size(), segmenter.lexiconSize());
    assertEquals(
        List.of("Xe_tăng", "Liên_Xô", "tiến", "đến", "thị_trấn", "."),
        words(segmenter, "Xe tăng Liên Xô tiến đến thị trấn."));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    SegmenterModel loaded = new SegmenterModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(LEXICON.size(), loaded.lexicon().size());
    assertEquals("14", loaded.getManifestProperty("vnie.lexiconWords"));
  }

  @Test
  void userWordsJoinWithoutRetraining() {
    ModelSegmenter segmenter = new ModelSegmenter(model);
    String text = "Thiết giáp Liên Xô tiến đến thị trấn.";
    assertEquals(
        List.of("Thiết", "giáp", "Liên_Xô", "tiến", "đến", "thị_trấn", "."),
        words(segmenter, text));
    ModelSegmenter withUserWords = segmenter.withUserWords(WordList.of(List.of("thiết giáp")));
    assertEquals(
        List.of("Thiết_giáp", "Liên_Xô", "tiến", "đến", "thị_trấn", "."),
        words(withUserWords, text));
    assertEquals(LEXICON.size() + 1, withUserWords.lexiconSize());
  }
}
