package vnie.ner;

import vnie.core.Mention;

/**
 * A mention proposed by a rule, before overlaps are resolved.
 *
 * @param mention the proposed mention
 * @param priority higher wins an overlap (see {@link MentionMerger})
 * @param sentence index of the sentence
 * @param firstToken index of the first token within the sentence
 * @param endToken index after the last token within the sentence
 */
record Candidate(Mention mention, int priority, int sentence, int firstToken, int endToken) {
  public int length() {
    return mention.end() - mention.start();
  }
}
