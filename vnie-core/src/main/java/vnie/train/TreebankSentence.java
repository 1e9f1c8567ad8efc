package vnie.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A gold sentence of a treebank: its words in order.
 *
 * @param id the {@code sent_id}, or the sentence's position in the file when there is none
 */
public record TreebankSentence(String id, List<TreebankWord> words) {
  public TreebankSentence {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty treebank sentence " + id);
    }
  }

  /**
   * The sentence as text: the words separated by single spaces. The treebank's {@code # text} line
   * is already tokenized, so it is rebuilt from the words instead.
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (TreebankWord w : words) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(w.form());
    }
    return text.toString();
  }

  /** The offset in {@link #text()} where each word starts, then the length of the text. */
  public int[] wordStarts() {
    int[] starts = new int[words.size() + 1];
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      starts[i] = offset;
      offset += words.get(i).form().length() + 1;
    }
    starts[words.size()] = offset - 1;
    return starts;
  }

  /** The word forms. */
  public List<String> forms() {
    List<String> forms = new ArrayList<>(words.size());
    words.forEach(w -> forms.add(w.form()));
    return forms;
  }
}
