package vnie.classify;

/**
 * The words around a position, the part of the features the tagger, the entity model and the
 * trigger model share: the two words before and after (lowercased, {@link #START} and {@link #END}
 * beyond the sentence) and the bigrams the word makes with its neighbours. One definition, so the
 * three models read their neighbours the same way and a change is made once.
 */
public final class WordWindow {
  /** The word before the first. */
  public static final String START = TokenContext.START;

  /** The word after the last. */
  public static final String END = "</s>";

  private final FeatureTemplate before;
  private final FeatureTemplate after;
  private final FeatureTemplate twoBefore;
  private final FeatureTemplate twoAfter;
  private final FeatureTemplate bigramBefore;
  private final FeatureTemplate bigramAfter;

  /** Declares the window's six templates next in {@code templates}. */
  public WordWindow(FeatureTemplates templates) {
    before = templates.of("w-1=");
    after = templates.of("w+1=");
    twoBefore = templates.of("w-2=");
    twoAfter = templates.of("w+2=");
    bigramBefore = templates.of("b-=", 2, "|");
    bigramAfter = templates.of("b+=", 2, "|");
  }

  /**
   * Writes the window of {@code word} to {@code sink}, given its neighbours (lowercased, padded
   * with {@link #START} and {@link #END}).
   */
  public void add(
      FeatureSink sink,
      String twoBeforeWord,
      String beforeWord,
      String word,
      String afterWord,
      String twoAfterWord) {
    sink.add(before, beforeWord);
    sink.add(after, afterWord);
    sink.add(twoBefore, twoBeforeWord);
    sink.add(twoAfter, twoAfterWord);
    sink.add(bigramBefore, beforeWord, word);
    sink.add(bigramAfter, word, afterWord);
  }
}
