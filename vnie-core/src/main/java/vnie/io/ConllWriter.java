package vnie.io;

import java.io.IOException;
import java.nio.file.Path;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * Writes a document's words in VnCoreNLP's column format: {@code index word POS NER head deprel}
 * separated by tabs, one word a line, a blank line after each sentence. The word keeps its
 * syllables joined by {@code _}; NER is BIO over vnie's entity types ({@code B-PERSON}, {@code
 * I-PERSON}, {@code O}); head and deprel are {@code _}, as vnie parses no dependencies. A word
 * takes the first mention it overlaps, so when one word holds two mentions the second is not shown.
 * {@link ConlluWriter} writes the Universal Dependencies format instead.
 */
public final class ConllWriter {
  private ConllWriter() {}

  /** Writes {@code document} to {@code file}. */
  public static void write(Document document, Path file) throws IOException {
    AtomicFiles.writeString(file, format(document));
  }

  /** The column text of {@code document}. */
  public static String format(Document document) {
    StringBuilder out = new StringBuilder();
    EntityBio bio = new EntityBio(document);
    for (Sentence s : document.sentences()) {
      bio.startSentence();
      for (int i = 0; i < s.words().size(); i++) {
        Word w = s.words().get(i);
        String ner = bio.tag(w);
        String tag = w.tag().isEmpty() ? "_" : w.tag();
        out.append(i + 1).append('\t').append(w.form()).append('\t').append(tag);
        out.append('\t').append(ner).append("\t_\t_\n");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
