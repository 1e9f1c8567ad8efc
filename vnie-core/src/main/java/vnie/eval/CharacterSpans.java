package vnie.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;

/**
 * Words as spans of non-white-space characters, so that two segmentations of the same text compare
 * whatever spacing each kept. The tokenizer drops white space and nothing else, so the non-space
 * characters before an offset are the token characters before it.
 */
final class CharacterSpans {
  private final int sentenceStart;
  private final int[] nonSpaceBefore;

  CharacterSpans(Sentence sentence) {
    sentenceStart = sentence.start();
    nonSpaceBefore = new int[sentence.end() - sentenceStart + 1];
    for (Token t : sentence.tokens()) {
      for (int k = t.start(); k < t.end(); k++) {
        nonSpaceBefore[k - sentenceStart + 1] = 1;
      }
    }
    for (int i = 1; i < nonSpaceBefore.length; i++) {
      nonSpaceBefore[i] += nonSpaceBefore[i - 1];
    }
  }

  /** A word's span as {@code start:end} in non-space characters, with {@code tag} when not null. */
  String key(Word w, String tag) {
    String span =
        nonSpaceBefore[w.start() - sentenceStart] + ":" + nonSpaceBefore[w.end() - sentenceStart];
    return tag == null ? span : span + "/" + tag;
  }

  /** Matches between gold and predicted words, by span alone or by span and tag. */
  Counts compare(List<Word> gold, List<Word> predicted, boolean withTags) {
    Set<String> goldKeys = new HashSet<>();
    for (Word w : gold) {
      goldKeys.add(key(w, withTags ? w.tag() : null));
    }
    int tp = 0;
    for (Word w : predicted) {
      if (goldKeys.contains(key(w, withTags ? w.tag() : null))) {
        tp++;
      }
    }
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }
}
