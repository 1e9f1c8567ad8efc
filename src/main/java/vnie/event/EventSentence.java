package vnie.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.core.Word;

/**
 * A sentence as the relation and event rules see it: its tokens, the POS tag of each token's word,
 * and its entity mentions anchored to token ranges. Mentions whose edges fall inside a token are
 * left out, since no rule could match them.
 */
record EventSentence(Sentence sentence, List<String> tags, List<Anchored> mentions) {
  EventSentence {
    tags = List.copyOf(tags);
    mentions = List.copyOf(mentions);
  }

  /** The sentences of {@code document} with the mentions each one holds. */
  static List<EventSentence> of(Document document) {
    List<Mention> sorted = new ArrayList<>(document.mentions());
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<EventSentence> out = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      List<Anchored> anchored = new ArrayList<>();
      for (Mention m : sorted) {
        if (m.start() >= s.start() && m.end() <= s.end()) {
          anchor(s.tokens(), m, anchored.size()).ifPresent(anchored::add);
        }
      }
      out.add(new EventSentence(s, tagsOf(s), anchored));
    }
    return out;
  }

  private static java.util.Optional<Anchored> anchor(List<Token> tokens, Mention m, int index) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (from < 0 && t.start() == m.start()) {
        from = i;
      }
      if (t.end() == m.end()) {
        to = i + 1;
      }
    }
    return from >= 0 && to > from
        ? java.util.Optional.of(new Anchored(m, from, to, index))
        : java.util.Optional.empty();
  }

  private static List<String> tagsOf(Sentence s) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      tags.add("");
    }
    for (Word w : s.words()) {
      for (int k = w.firstToken(); k < w.endToken() && k < tags.size(); k++) {
        tags.set(k, w.tag());
      }
    }
    return tags;
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  int size() {
    return sentence.tokens().size();
  }

  /** The token's form in lower case, or an empty string outside the sentence. */
  String lower(int i) {
    return i >= 0 && i < size() ? tokens().get(i).form().toLowerCase(Locale.ROOT) : "";
  }

  String tag(int i) {
    return i >= 0 && i < size() ? tags.get(i) : "";
  }

  boolean isPunctuation(int i) {
    return i >= 0 && i < size() && tokens().get(i).is(TokenKind.PUNCTUATION);
  }

  /** A word token in lower case, the stuff of common nouns, verbs and function words. */
  boolean isLowercaseWord(int i) {
    return i >= 0
        && i < size()
        && tokens().get(i).is(TokenKind.WORD)
        && !tokens().get(i).isCapitalized();
  }

  /** The mentions that start at token {@code i}. */
  List<Anchored> startingAt(int i) {
    List<Anchored> out = new ArrayList<>();
    for (Anchored a : mentions) {
      if (a.from() == i) {
        out.add(a);
      }
    }
    return out;
  }

  /** The mention that starts at token {@code i} with type {@code type}, or null. */
  Anchored startingAt(int i, EntityType type) {
    for (Anchored a : mentions) {
      if (a.from() == i && a.type() == type) {
        return a;
      }
    }
    return null;
  }

  /** The mention that ends just before token {@code end}, or null. */
  Anchored endingAt(int end) {
    for (Anchored a : mentions) {
      if (a.to() == end) {
        return a;
      }
    }
    return null;
  }

  /** The mention that covers token {@code i}, or null. */
  Anchored covering(int i) {
    for (Anchored a : mentions) {
      if (a.from() <= i && i < a.to()) {
        return a;
      }
    }
    return null;
  }
}
