package vnie.event;

import vnie.core.EntityType;

/**
 * What stands around each mention of a sentence, as the argument rules need it: whether it only
 * modifies another mention (a genitive after an entity, a nationality after a unit, a place that
 * locates the place before it, the commander in {@code do Tướng Y chỉ huy}), whether a preposition
 * introduces it, and which kind. Immutable.
 */
final class MentionContext {
  /** Lowercase words that may stand between a preposition and the mention it introduces. */
  private static final int NOUN_WORDS = 4;

  /** Tokens between two places, at most, for the second to locate the first. */
  private static final int LOCATOR_GAP = 6;

  private final EventSentence s;
  private final Clauses clauses;
  private final Cues cues;

  MentionContext(EventSentence s, Clauses clauses, Cues cues) {
    this.s = s;
    this.clauses = clauses;
    this.cues = cues;
  }

  EventSentence sentence() {
    return s;
  }

  Clauses clauses() {
    return clauses;
  }

  Cues cues() {
    return cues;
  }

  boolean inBrackets(Anchored a) {
    return clauses.inBrackets(a.from());
  }

  /** The mention only qualifies another, so it fills no subject or object of its own. */
  boolean isModifier(Anchored a) {
    return genitiveOfEntity(a) || nationalityOfUnit(a) || isLocator(a) || isCommander(a);
  }

  /** {@code Quân đội Vệ binh số 5 của Liên Xô}: a genitive right after another mention. */
  boolean genitiveOfEntity(Anchored a) {
    int g = cues.lengthBefore(CueList.GENITIVE, s.tokens(), a.from());
    if (g == 0) {
      return false;
    }
    int before = a.from() - g;
    return s.endingAt(before) != null || s.lower(before - 1).equals(")");
  }

  /** {@code Quân đoàn II Đại Hàn Dân quốc}: a country right after a unit. */
  boolean nationalityOfUnit(Anchored a) {
    Anchored before = s.endingAt(a.from());
    return a.type() == EntityType.LOCATION && before != null && before.type() == EntityType.UNIT;
  }

  /**
   * {@code Torgau ở phía tây bắc Sachsen}, {@code Mường Thanh, châu Điện Biên}: a place after
   * another with only commas, classifiers, directions and {@code ở}/{@code thuộc} between. After a
   * preposition such as {@code ở} the place before must be a place too, not a country that owns
   * something ({@code hạm đội Hoa Kỳ ở Trân Châu Cảng}).
   */
  boolean isLocator(Anchored a) {
    if (a.type() != EntityType.LOCATION) {
      return false;
    }
    int p = a.from();
    boolean preposition = false;
    for (int steps = 0; steps <= LOCATOR_GAP && p > 0; steps++) {
      Anchored before = s.endingAt(p);
      if (before != null) {
        return before.type() == EntityType.LOCATION && (!preposition || isPlaceLike(before));
      }
      int link = cues.lengthBefore(CueList.LOCATOR_LINK, s.tokens(), p);
      preposition |= link > 0 && cues.lengthBefore(CueList.PREPOSITION, s.tokens(), p) > 0;
      int n = Math.max(Math.max(link, placeWordsBefore(p)), s.lower(p - 1).equals(",") ? 1 : 0);
      if (n == 0) {
        return false;
      }
      p -= n;
    }
    return false;
  }

  private boolean isPlaceLike(Anchored a) {
    return isPlace(a) || afterDestinationPreposition(a) || placeWordsBefore(a.from()) > 0;
  }

  /** The person in {@code do Tướng Y chỉ huy} or {@code dưới quyền Y} commands, not acts. */
  boolean isCommander(Anchored a) {
    if (a.type() != EntityType.PERSON) {
      return false;
    }
    int q = a.from();
    Anchored rank = s.endingAt(q);
    if (rank != null && rank.type() == EntityType.RANK) {
      q = rank.from();
    }
    if (cues.lengthBefore(CueList.UNDER_COMMAND, s.tokens(), q) > 0) {
      return true;
    }
    int agent = cues.lengthBefore(CueList.AGENT_MARKER, s.tokens(), q);
    // At the start of a clause, "do" means "because": Do X sinh ông …
    return agent > 0 && q - agent > clauses.of(q - agent).from();
  }

  /**
   * A preposition stands before the mention, perhaps with a few lowercase words between ({@code với
   * người Đức}). Genitive words are not prepositions here: {@code đội tuần tra của Mỹ} is Mỹ's
   * patrol.
   */
  boolean afterPreposition(Anchored a) {
    int p = a.from();
    for (int steps = 0; steps <= NOUN_WORDS; steps++) {
      boolean genitive = cues.lengthBefore(CueList.GENITIVE, s.tokens(), p) > 0;
      if (!genitive
          && (cues.lengthBefore(CueList.PREPOSITION, s.tokens(), p) > 0
              || s.tag(p - 1).equals("E"))) {
        return true;
      }
      if (!s.isLowercaseWord(p - 1) || s.covering(p - 1) != null) {
        return false;
      }
      p--;
    }
    return false;
  }

  /** A LOCATION after a place preposition: {@code trên sông Elbe}, {@code tại lòng chảo X}. */
  boolean isPlace(Anchored a) {
    return a.type() == EntityType.LOCATION && introducedBy(CueList.PLACE_PREPOSITION, a.from());
  }

  boolean afterDestinationPreposition(Anchored a) {
    return introducedBy(CueList.DESTINATION_PREPOSITION, a.from());
  }

  boolean afterSourcePreposition(Anchored a) {
    return introducedBy(CueList.SOURCE_PREPOSITION, a.from());
  }

  /** Only classifiers and place nouns stand between token {@code from} and the mention. */
  boolean follows(int from, Anchored a) {
    return follows(from, a.from());
  }

  private boolean follows(int from, int start) {
    int p = start;
    while (p > from) {
      int n = placeWordsBefore(p);
      if (n == 0) {
        return false;
      }
      p -= n;
    }
    return p == from;
  }

  /**
   * A capitalised word that names the object of the verb ending before {@code from}: right after it
   * (or after place words), or after a place or destination preposition, within {@code window}
   * tokens of its clause. It is the name of a place that the entity rules may have missed ({@code
   * làm chủ Molodechno}), where a lowercase word would show an abstraction ({@code làm chủ tình
   * hình}).
   */
  boolean namesObjectAhead(int from, int window) {
    int end = Math.min(clauses.of(Math.max(0, from - 1)).to(), from + window);
    for (int k = from; k < end; k++) {
      boolean name =
          s.tokens().get(k).isCapitalized() && s.covering(k) == null && !s.isPunctuation(k);
      if (name
          && (follows(from, k)
              || introducedBy(CueList.PLACE_PREPOSITION, k)
              || introducedBy(CueList.DESTINATION_PREPOSITION, k))) {
        return true;
      }
    }
    return false;
  }

  /** A phrase of {@code list} ends before {@code start}, perhaps followed by place words. */
  private boolean introducedBy(CueList list, int start) {
    int p = start;
    for (int steps = 0; steps <= NOUN_WORDS && p > 0; steps++) {
      if (cues.lengthBefore(list, s.tokens(), p) > 0) {
        return true;
      }
      int n = placeWordsBefore(p);
      if (n == 0) {
        return false;
      }
      p -= n;
    }
    return false;
  }

  private int placeWordsBefore(int p) {
    return Math.max(
        cues.lengthBefore(CueList.PLACE_CLASSIFIER, s.tokens(), p),
        cues.lengthBefore(CueList.PLACE_NOUN, s.tokens(), p));
  }
}
