package vnie.segment;

import java.util.List;
import vnie.core.Sentence;
import vnie.core.Word;

/** Groups the syllable tokens of a sentence into words. Implementations are thread-safe. */
public interface WordSegmenter {
  /** The words of {@code sentence}, covering every token exactly once, in order. */
  List<Word> segment(Sentence sentence);
}
