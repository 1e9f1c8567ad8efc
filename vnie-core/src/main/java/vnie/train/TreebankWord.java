package vnie.train;

/**
 * One word of a treebank sentence.
 *
 * @param form the word in NFC, syllables separated by single spaces ({@code hải quân})
 * @param upos the universal part-of-speech tag
 * @param xpos the native VLSP tag ({@code N}, {@code Np}, {@code V} …)
 */
public record TreebankWord(String form, String upos, String xpos) {
  public TreebankWord {
    if (form == null || form.isBlank()) {
      throw new IllegalArgumentException("a treebank word needs a form");
    }
  }
}
