package vnie.core;

/** Character classes shared by the tokenizer and the annotation checks. */
public final class CharClass {
  private CharClass() {}

  /** Unicode punctuation (general category P*): quotes, brackets, dashes, stops. */
  public static boolean isPunctuation(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
