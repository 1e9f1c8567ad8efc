package vnie.ner;

/**
 * Priorities of the rule families when their proposals overlap: the more specific pattern wins. A
 * date grammar match beats a unit (a year is never a unit number); a unit name beats the country
 * inside it (Quân đội Liên hiệp Pháp); a rank and a name found by pattern beat a place read from
 * the lexicon (Đức in a Vietnamese name); a pattern match beats its propagation. The trained model
 * comes last: it only fills gaps the rules leave.
 */
final class Priority {
  /** The mentions the rule stage kept, when the model's are merged with them. */
  static final int RULES = 1000;

  static final int DATE = 100;
  static final int NAMED_FORCE = 85;
  static final int UNIT = 85;
  static final int UNIT_ACRONYM = 84;
  static final int RANK = 80;
  static final int PERSON = 70;
  static final int PERSON_SHAPE = 68;
  static final int PERSON_PROPAGATED = 65;
  static final int REGION = 62;
  static final int PLACE_LEXICON = 60;
  static final int ALIAS = 55;
  static final int PLACE_PATTERN = 50;
  static final int PLACE_PROPAGATED = 40;
  static final int MODEL = 30;

  private Priority() {}
}
