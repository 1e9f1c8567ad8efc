package vnie.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import vnie.core.Document;
import vnie.core.Sentence;
import vnie.core.UniversalTags;
import vnie.core.Word;

/**
 * Writes a document's words in the CoNLL-U format of Universal Dependencies
 * (https://universaldependencies.org/format.html), as UD Vietnamese-VTB writes Vietnamese: a word
 * is one line whatever its syllables, its FORM the word as written in the text (syllables separated
 * by spaces, {@code Trung úy}).
 *
 * <p>{@code # newdoc id = NAME} opens the document; each sentence has {@code # sent_id = NAME-N} (N
 * from 1) and {@code # text =}, then one line a word with the ten columns ID, FORM, LEMMA ({@code
 * _}), UPOS (from the tag, {@link UniversalTags}; {@code _} for a tag VTB does not have), XPOS
 * (vnie's tag), FEATS, HEAD, DEPREL, DEPS ({@code _}: vnie parses no dependencies) and MISC, and a
 * blank line. MISC holds {@code NER=} the word's BIO tag over vnie's entity types ({@code
 * B-PERSON}, {@code I-PERSON}, {@code O}; a word takes the first mention it overlaps), {@code
 * SpaceAfter=No} when the next character of the text is not a space, and {@code
 * TokenRange=START:END}, the word's offsets into the text as read (UTF-16 units, as everywhere in
 * vnie), so that {@code text.substring(START, END)} is the FORM.
 *
 * <p>CoNLL-U allows no tab or line break inside a field or comment: a run of white space inside a
 * word or the text of a sentence (a word broken over two lines) is written as one space, and there
 * only the FORM differs from the substring.
 */
public final class ConlluWriter {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private ConlluWriter() {}

  /** Writes {@code document} to {@code file}. */
  public static void write(Document document, Path file) throws IOException {
    AtomicFiles.writeString(file, format(document));
  }

  /** The CoNLL-U text of {@code document}; empty when it has no words. */
  public static String format(Document document) {
    StringBuilder out = new StringBuilder();
    String text = document.text();
    EntityBio bio = new EntityBio(document);
    for (Sentence s : document.sentences()) {
      if (s.words().isEmpty()) {
        continue;
      }
      if (out.length() == 0) {
        out.append("# newdoc id = ").append(document.id()).append('\n');
      }
      out.append("# sent_id = ").append(document.id()).append('-').append(s.index() + 1);
      out.append('\n');
      out.append("# text = ").append(oneLine(text.substring(s.start(), s.end()))).append('\n');
      bio.startSentence();
      for (int i = 0; i < s.words().size(); i++) {
        Word w = s.words().get(i);
        String ner = bio.tag(w);
        String form = oneLine(text.substring(w.start(), w.end()));
        String upos = UniversalTags.upos(w.form(), w.tag()).orElse("_");
        String xpos = w.tag().isEmpty() ? "_" : w.tag();
        out.append(i + 1).append('\t').append(form).append("\t_\t").append(upos);
        out.append('\t').append(xpos).append("\t_\t_\t_\t_\t");
        out.append("NER=").append(ner);
        if (w.end() < text.length() && !Character.isWhitespace(text.charAt(w.end()))) {
          out.append("|SpaceAfter=No");
        }
        out.append("|TokenRange=").append(w.start()).append(':').append(w.end()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String oneLine(String span) {
    return WHITE_SPACE.matcher(span).replaceAll(" ");
  }
}
