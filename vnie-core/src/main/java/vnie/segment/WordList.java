package vnie.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import vnie.core.Lexicons;
import vnie.core.Token;
import vnie.text.Tokenizer;

/**
 * A list of words of two or more syllables that the segmenter's lexicon features look up: the
 * vocabulary shipped with vnie ({@link #shipped()}), or a user's own list of domain terms and names
 * ({@link #read(Path)}), added to a trained segmenter without retraining ({@link
 * ModelSegmenter#withUserWords}). Each entry is split into syllables by vnie's {@link Tokenizer},
 * so it matches the text as the segmenter sees it, and lowercased; entries of one syllable are left
 * out, as they join nothing. Immutable.
 */
public final class WordList {
  /** The resource of the shipped vocabulary (RDRsegmenter's, Apache License 2.0; see NOTICE). */
  static final String SHIPPED = "segment/rdr-vn-vocab.txt";

  private static final WordList EMPTY = new WordList(new TreeSet<>());

  // Each word's syllables joined by single spaces, sorted: the same words give the same bytes.
  private final SortedSet<String> words;

  private WordList(SortedSet<String> words) {
    this.words = words;
  }

  /** No words. */
  public static WordList empty() {
    return EMPTY;
  }

  /** The vocabulary shipped with vnie: 34,203 Vietnamese words (RDRsegmenter's). */
  public static WordList shipped() {
    return of(Lexicons.lines(SHIPPED));
  }

  /**
   * The words of a UTF-8 file, one a line, syllables separated by spaces or {@code _}; blank lines
   * and lines starting with {@code #} are skipped.
   */
  public static WordList read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        lines.add(line);
      }
    }
    return of(lines);
  }

  /** The words {@code entries}, syllables separated by spaces or {@code _}. */
  public static WordList of(Collection<String> entries) {
    Tokenizer tokenizer = new Tokenizer();
    TreeSet<String> words = new TreeSet<>();
    for (String entry : entries) {
      List<Token> tokens = tokenizer.tokenize(entry.replace('_', ' '));
      if (tokens.size() < 2) {
        continue;
      }
      StringBuilder word = new StringBuilder();
      for (Token t : tokens) {
        if (!word.isEmpty()) {
          word.append(' ');
        }
        word.append(t.form().toLowerCase(Locale.ROOT));
      }
      words.add(word.toString());
    }
    return new WordList(words);
  }

  /** The words of this list and of {@code other}. */
  public WordList plus(WordList other) {
    TreeSet<String> all = new TreeSet<>(words);
    all.addAll(other.words);
    return new WordList(all);
  }

  /** The number of words. */
  public int size() {
    return words.size();
  }

  /** Each word as its lowercased syllables. */
  List<List<String>> syllables() {
    List<List<String>> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(List.of(w.split(" ")));
    }
    return out;
  }

  /** One word a line, syllables separated by a space, sorted. */
  byte[] toBytes() {
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      text.append(w).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads the form of {@link #toBytes()}. */
  static WordList fromBytes(byte[] bytes) {
    TreeSet<String> words = new TreeSet<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        words.add(line.strip());
      }
    }
    return new WordList(words);
  }
}
