package vnie.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
final class EventSentence {
  private final Sentence sentence;
  private final List<String> tags;
  private final List<Anchored> mentions;
  // Lookups by token, since the rules ask at every token what starts, ends or lies there.
  private final List<List<Anchored>> starting;
  private final List<Anchored> ending;
  private final List<Anchored> covering;

  EventSentence(Sentence sentence, List<String> tags, List<Anchored> mentions) {
    this.sentence = sentence;
    this.tags = List.copyOf(tags);
    this.mentions = List.copyOf(mentions);
    int n = sentence.tokens().size();
    List<List<Anchored>> starts = new ArrayList<>();
    List<Anchored> ends = new ArrayList<>();
    List<Anchored> covers = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      starts.add(new ArrayList<>());
      ends.add(null);
      covers.add(null);
    }
    for (Anchored a : this.mentions) {
      starts.get(a.from()).add(a);
      if (ends.get(a.to()) == null) {
        ends.set(a.to(), a);
      }
      for (int k = a.from(); k < a.to(); k++) {
        if (covers.get(k) == null) {
          covers.set(k, a);
        }
      }
    }
    this.starting = starts.stream().map(List::copyOf).toList();
    this.ending = Collections.unmodifiableList(ends);
    this.covering = Collections.unmodifiableList(covers);
  }

  Sentence sentence() {
    return sentence;
  }

  List<Anchored> mentions() {
    return mentions;
  }

  /** The sentences of {@code document} with the mentions each one holds. */
  static List<EventSentence> of(Document document) {
    List<Mention> sorted = new ArrayList<>(document.mentions());
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<EventSentence> out = new ArrayList<>();
    int next = 0;
    for (Sentence s : document.sentences()) {
      while (next < sorted.size() && sorted.get(next).start() < s.start()) {
        next++;
      }
      List<Anchored> anchored = new ArrayList<>();
      for (int k = next; k < sorted.size() && sorted.get(k).start() < s.end(); k++) {
        Mention m = sorted.get(k);
        if (m.end() <= s.end()) {
          anchor(s.tokens(), m).ifPresent(anchored::add);
        }
      }
      out.add(new EventSentence(s, tagsOf(s), anchored));
    }
    return out;
  }

  private static Optional<Anchored> anchor(List<Token> tokens, Mention m) {
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
    return from >= 0 && to > from ? Optional.of(new Anchored(m, from, to)) : Optional.empty();
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
    return i >= 0 && i < starting.size() ? starting.get(i) : List.of();
  }

  /** The mention that starts at token {@code i} with type {@code type}, or null. */
  Anchored startingAt(int i, EntityType type) {
    for (Anchored a : startingAt(i)) {
      if (a.type() == type) {
        return a;
      }
    }
    return null;
  }

  /** The mention that ends just before token {@code end}, or null. */
  Anchored endingAt(int end) {
    return end >= 0 && end < ending.size() ? ending.get(end) : null;
  }

  /** The mention that covers token {@code i}, or null. */
  Anchored covering(int i) {
    return i >= 0 && i < covering.size() ? covering.get(i) : null;
  }
}
