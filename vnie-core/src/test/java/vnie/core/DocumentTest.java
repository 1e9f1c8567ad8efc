package vnie.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.text.Tokenizer;

/** The lookups of the result tables: the sentence of an offset and the person of a mention. */
class DocumentTest {
  private static final String TEXT = "An đến Huế.  Bình ở lại. Cường đi.";

  private static Document document() {
    List<Token> tokens = new Tokenizer().tokenize(TEXT); // An đến Huế . | Bình ở lại . | Cường đi .
    List<Sentence> sentences =
        List.of(
            new Sentence(0, tokens.subList(0, 4)),
            new Sentence(1, tokens.subList(4, 8)),
            new Sentence(2, tokens.subList(8, 11)));
    return Document.of("d", TEXT).withSentences(sentences, Layer.SENTENCES);
  }

  @Test
  void anOffsetIsInTheSentenceThatHoldsItAndAGapInNone() {
    Document d = document();

    assertEquals(0, d.sentenceAt(0));
    assertEquals(0, d.sentenceAt(TEXT.indexOf('.')));
    assertEquals(-1, d.sentenceAt(TEXT.indexOf("  ") + 1));
    assertEquals(1, d.sentenceAt(TEXT.indexOf("Bình")));
    assertEquals(2, d.sentenceAt(TEXT.indexOf("đi")));
    assertEquals(-1, d.sentenceAt(TEXT.length()));
  }

  @Test
  void aMentionHasTheIdOfTheFirstPersonItNames() {
    Provenance p = new Provenance("test");
    Mention an = Mention.of(TEXT, EntityType.PERSON, 0, 2, "", p);
    Mention binh =
        Mention.of(TEXT, EntityType.PERSON, TEXT.indexOf("Bình"), TEXT.indexOf("Bình") + 4, "", p);
    Mention binhElsewhere = Mention.of(TEXT, EntityType.LOCATION, binh.start(), binh.end(), "", p);
    Document d =
        document()
            .withPersons(
                List.of(
                    new Person("P1", "An", List.of(an)),
                    new Person("P2", "Bình", List.of(binh)),
                    new Person("P3", "Bình", List.of(binh))));

    assertEquals("P1", d.personId(an));
    assertEquals("P2", d.personIds().of(binh));
    assertEquals("", d.personIds().of(binhElsewhere));
  }
}
