package vnie.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * One line of {@code vnie extract --format jsonl}: a processed document with its name, text,
 * sentences and words, and the entities, relations, events and persons of {@link ExtractionJson}
 * (the fields of the CSV tables). Offsets count UTF-16 code units into {@code text}, as everywhere
 * in vnie. Immutable.
 *
 * @param doc the document name, as the {@code doc} column of the tables holds it
 */
record DocumentJson(
    String doc,
    String text,
    List<SentenceRow> sentences,
    List<ExtractionJson.EntityRow> entities,
    List<ExtractionJson.RelationRow> relations,
    List<ExtractionJson.EventRow> events,
    List<ExtractionJson.PersonRow> persons) {

  /** A sentence: its index from 0, its span and its words. */
  record SentenceRow(int index, int start, int end, List<WordRow> words) {}

  /**
   * A word: {@code form} with its syllables joined by {@code _} (VnCoreNLP's convention), {@code
   * text} as the text has it, its span and its part-of-speech tag.
   */
  record WordRow(String form, String text, int start, int end, String pos) {}

  /** The JSON line of {@code doc}, ending with a line feed. */
  static String line(Document doc) {
    List<SentenceRow> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<WordRow> words = new ArrayList<>();
      for (Word w : s.words()) {
        String text = doc.text().substring(w.start(), w.end());
        words.add(new WordRow(w.form(), text, w.start(), w.end(), w.tag()));
      }
      sentences.add(new SentenceRow(s.index(), s.start(), s.end(), words));
    }
    ExtractionJson found = ExtractionJson.of(doc);
    DocumentJson json =
        new DocumentJson(
            doc.id(),
            doc.text(),
            sentences,
            found.entities(),
            found.relations(),
            found.events(),
            found.persons());
    return new String(Json.write(json), StandardCharsets.UTF_8) + "\n";
  }
}
