package vnie.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;
import vnie.text.Tokenizer;

class TreebankAlignmentTest {
  @Test
  void goldWordsAreGroupsOfVnieTokens() throws IOException {
    List<TreebankSentence> train = new Treebank(TinyTreebank.folder()).read(List.of("train"));
    Sentence s =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS)
            .align(train.get(6));
    assertEquals(
        List.of("Ngày", "25/4/1945", ",", "quân", "đội", "hai", "nước", "gặp", "nhau", "."),
        s.tokens().stream().map(Token::form).toList());
    assertEquals(
        List.of(
            "Ngày/N",
            "25/4/1945/Num",
            ",/,",
            "quân_đội/N",
            "hai/Num",
            "nước/N",
            "gặp/V",
            "nhau/Pro",
            "./."),
        s.words().stream().map(w -> w.form() + "/" + w.tag()).toList());
    Word army = s.words().get(3);
    assertEquals(3, army.firstToken());
    assertEquals(2, army.tokenCount());
    assertEquals("quân đội", "Ngày 25/4/1945 , quân đội".substring(army.start(), army.end()));
  }

  @Test
  void uposColumnOnRequestAndDevTagsInTheTrainScheme() throws IOException {
    List<TreebankSentence> dev = new Treebank(TinyTreebank.folder()).read(List.of("dev"));
    Sentence upos =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.UPOS).align(dev.get(1));
    assertEquals(
        List.of("NOUN", "VERB", "ADP", "NOUN", "PUNCT"),
        upos.words().stream().map(Word::tag).toList());
    Sentence xpos =
        new TreebankAlignment(new Tokenizer(), TreebankAlignment.TagColumn.XPOS).align(dev.get(1));
    assertEquals(List.of("N", "V", "Pre", "N", "."), xpos.words().stream().map(Word::tag).toList());
  }
}
