package vnie.core;

/**
 * A word from word segmentation: one or more syllable tokens of a sentence.
 *
 * @param form the syllables joined by {@code _} (the VnCoreNLP convention), e.g. {@code quân_đội}
 * @param firstToken index of the first token within the sentence
 * @param tokenCount number of tokens in the word
 * @param tag the part-of-speech tag (VLSP tag set), empty before tagging
 */
public record Word(String form, int start, int end, int firstToken, int tokenCount, String tag) {
  public Word {
    if (tokenCount < 1 || firstToken < 0 || end <= start) {
      throw new IllegalArgumentException("bad word " + form);
    }
    tag = tag == null ? "" : tag;
  }

  public int endToken() {
    return firstToken + tokenCount;
  }

  public Word withTag(String newTag) {
    return new Word(form, start, end, firstToken, tokenCount, newTag);
  }
}
