package vnie.core;

/** What a token is made of; the tokenizer decides it once so that later stages need not guess. */
public enum TokenKind {
  /** A syllable or other run of letters (may carry digits or an inner apostrophe). */
  WORD,
  /** A number, possibly with separators: {@code 1945}, {@code 25/4/1945}, {@code 10h35}. */
  NUMBER,
  /** An abbreviation ending in a period: {@code J.}, {@code TP.}. */
  ABBREVIATION,
  /** Punctuation: {@code . , ; : ! ? … " “ ” ( ) -}. */
  PUNCTUATION,
  /** Anything else: symbols such as {@code %} or {@code °}. */
  SYMBOL
}
