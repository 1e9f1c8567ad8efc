package vnie.pos;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import opennlp.tools.postag.TagDictionary;

/**
 * The ambiguity class of a word: the tags it had in training, sorted and joined by {@code |} (e.g.
 * {@code N|V}). A word training never had gets the class of its last syllable instead, {@code ?}
 * and the tags of the training words that end in that syllable (case kept, so a capitalised
 * syllable leans to names), or {@code ?} alone. The first syllable's class ({@link #ofFirst}) is
 * there for features of unseen words.
 *
 * <p>Built from a model's tag dictionary at run time, and from a part of the training sentences
 * while training (jackknifing, {@link PosTrainer}). Equal classes share one string. Immutable.
 */
final class AmbiguityClasses {
  /** The class of a word, and of a syllable, that training never had. */
  static final String UNSEEN = "?";

  private final Map<String, String> ofWord;
  private final Map<String, String> ofFirst;
  private final Map<String, String> ofLast;

  private AmbiguityClasses(
      Map<String, String> ofWord, Map<String, String> ofFirst, Map<String, String> ofLast) {
    this.ofWord = ofWord;
    this.ofFirst = ofFirst;
    this.ofLast = ofLast;
  }

  /** The classes of the words of {@code tagDictionary} (an OpenNLP dictionary lists its words). */
  static AmbiguityClasses of(TagDictionary tagDictionary) {
    Map<String, Collection<String>> tagsByWord = new HashMap<>();
    if (tagDictionary instanceof Iterable<?> words) {
      for (Object word : words) {
        tagsByWord.put((String) word, java.util.List.of(tagDictionary.getTags((String) word)));
      }
    }
    return of(tagsByWord);
  }

  /** The classes of the words of {@code tagsByWord}, each with the tags training gave it. */
  static AmbiguityClasses of(Map<String, ? extends Collection<String>> tagsByWord) {
    Map<String, String> canonical = new HashMap<>();
    Map<String, String> ofWord = new HashMap<>();
    Map<String, SortedSet<String>> firstTags = new HashMap<>();
    Map<String, SortedSet<String>> lastTags = new HashMap<>();
    for (Map.Entry<String, ? extends Collection<String>> e : tagsByWord.entrySet()) {
      String word = e.getKey();
      SortedSet<String> tags = new TreeSet<>(e.getValue());
      ofWord.put(word, joined(tags, "", canonical));
      firstTags.computeIfAbsent(firstSyllable(word), s -> new TreeSet<>()).addAll(tags);
      lastTags.computeIfAbsent(lastSyllable(word), s -> new TreeSet<>()).addAll(tags);
    }
    return new AmbiguityClasses(
        ofWord, syllableClasses(firstTags, canonical), syllableClasses(lastTags, canonical));
  }

  /** The class of {@code form} as written: its tags, else its last syllable's, else {@code ?}. */
  String of(String form) {
    String known = ofWord.get(form);
    return known != null ? known : ofLast.getOrDefault(lastSyllable(form), UNSEEN);
  }

  /** Whether training had {@code form} as written. */
  boolean knows(String form) {
    return ofWord.containsKey(form);
  }

  /** The class of the first syllable of {@code form}: {@code ?} and the tags of words it begins. */
  String ofFirst(String form) {
    return ofFirst.getOrDefault(firstSyllable(form), UNSEEN);
  }

  private static Map<String, String> syllableClasses(
      Map<String, SortedSet<String>> tagsBySyllable, Map<String, String> canonical) {
    Map<String, String> classes = new HashMap<>();
    tagsBySyllable.forEach((s, tags) -> classes.put(s, joined(tags, UNSEEN, canonical)));
    return classes;
  }

  private static String joined(SortedSet<String> tags, String prefix, Map<String, String> same) {
    String joined = prefix + String.join("|", tags);
    return same.computeIfAbsent(joined, j -> j);
  }

  static String firstSyllable(String word) {
    int joint = word.indexOf('_');
    return joint < 0 ? word : word.substring(0, joint);
  }

  static String lastSyllable(String word) {
    int joint = word.lastIndexOf('_');
    return joint < 0 ? word : word.substring(joint + 1);
  }
}
