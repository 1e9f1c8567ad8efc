package vnie.pos;

import java.util.List;
import vnie.core.Sentence;

/**
 * Assigns a VLSP part-of-speech tag to every word of a sentence. Implementations are thread-safe.
 */
public interface PosTagger {
  /** One tag per word of {@code sentence}, in order. */
  List<String> tag(Sentence sentence);
}
