package vnie.io;

import java.util.List;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.core.Word;

/**
 * The BIO tags of a document's words over vnie's entity types ({@code B-PERSON}, {@code I-PERSON},
 * {@code O}), for the column writers. Asked word by word in document order; a word takes the first
 * mention it overlaps, so when one word holds two mentions the second is not shown. A mention never
 * continues into the next sentence. Holds its place in the document: one per document and writer.
 */
final class EntityBio {
  private final List<Mention> mentions;
  private int next;
  private Mention open;

  EntityBio(Document document) {
    this.mentions = document.mentions();
  }

  /** Called before the first word of each sentence. */
  void startSentence() {
    open = null;
  }

  /** The tag of {@code word}, the word after the one asked before. */
  String tag(Word word) {
    while (next < mentions.size() && mentions.get(next).end() <= word.start()) {
      next++;
    }
    if (open != null && open.end() > word.start()) {
      return "I-" + open.type();
    }
    if (next < mentions.size() && mentions.get(next).start() < word.end()) {
      open = mentions.get(next);
      return "B-" + open.type();
    }
    open = null;
    return "O";
  }
}
