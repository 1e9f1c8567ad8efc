package vnie.core;

/**
 * A syllable, number or punctuation mark.
 *
 * @param form the token in NFC form, as the later stages match it
 * @param start offset of the first character in the text as read
 * @param end offset after the last character in the text as read
 * @param kind what the token is made of
 */
public record Token(String form, int start, int end, TokenKind kind) {
  public Token {
    if (form == null || form.isEmpty() || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token '" + form + "' " + start + "-" + end);
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  /** True when the first letter is upper case, as in a name. */
  public boolean isCapitalized() {
    return (kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION)
        && Character.isUpperCase(form.codePointAt(0));
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }
}
