package vnie.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;
import vnie.text.NormalizedText;
import vnie.text.Tokenizer;

/**
 * Reads the output of VnCoreNLP into a {@link Document} with its sentences, words and (when given)
 * POS tags, so that vnie's later stages run on VnCoreNLP's segmentation and tags. Two forms are
 * read:
 *
 * <ul>
 *   <li>word-segmented text: one sentence a line, words separated by spaces, the syllables of a
 *       word joined by {@code _} ({@code Quân_đội Liên_Xô});
 *   <li>columns: {@code index word POS NER head deprel} separated by tabs, one word a line,
 *       sentences separated by blank lines (only the word and POS columns are used).
 * </ul>
 *
 * With the original text, every syllable is found in it in order (white space skipped) and the
 * offsets point into it; without, the text is rebuilt from the words, syllables separated by spaces
 * and sentences by line breaks, and the offsets point into that. Stateless.
 */
public final class VnCoreNlpReader {
  /** A reader; it keeps no state, so one serves every thread. */
  public VnCoreNlpReader() {}

  private record Parsed(String form, String tag) {}

  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * The document {@code id} from VnCoreNLP's {@code output}, aligned to {@code original} (null to
   * rebuild the text from the words).
   *
   * @throws IllegalArgumentException when a word cannot be found in the original text
   */
  public Document read(String id, String output, String original) {
    List<List<Parsed>> parsed = parse(output);
    String text = original != null ? original : rebuild(parsed);
    NormalizedText normalized = NormalizedText.of(text);
    String nfc = normalized.nfc();
    int cursor = 0;
    boolean tagged = true;
    List<Sentence> sentences = new ArrayList<>();
    for (List<Parsed> sentence : parsed) {
      List<Token> tokens = new ArrayList<>();
      List<Word> words = new ArrayList<>();
      for (Parsed word : sentence) {
        int first = tokens.size();
        for (String syllable : syllables(word.form())) {
          int at = find(nfc, syllable, cursor);
          for (Token t : tokenizer.tokenize(syllable)) {
            int start = normalized.originalStart(at + t.start());
            tokens.add(
                new Token(t.form(), start, normalized.originalEnd(at + t.end() - 1), t.kind()));
          }
          cursor = at + syllable.length();
        }
        if (tokens.size() > first) {
          Token last = tokens.get(tokens.size() - 1);
          int count = tokens.size() - first;
          words.add(
              new Word(
                  word.form(), tokens.get(first).start(), last.end(), first, count, word.tag()));
          tagged &= !word.tag().isEmpty();
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens).withWords(words));
      }
    }
    Document document = Document.of(id, text);
    return tagged && !sentences.isEmpty()
        ? document.withSentences(sentences, Layer.TOKENS, Layer.SENTENCES, Layer.WORDS, Layer.POS)
        : document.withSentences(sentences, Layer.TOKENS, Layer.SENTENCES, Layer.WORDS);
  }

  /** The sentences of {@code output}, in columns when a line starts with a number and a tab. */
  private static List<List<Parsed>> parse(String output) {
    String[] lines = output.split("\r?\n|\r", -1);
    boolean columns = false;
    for (String line : lines) {
      columns |= line.matches("\\d+\t.*");
    }
    List<List<Parsed>> sentences = new ArrayList<>();
    List<Parsed> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
      } else if (columns) {
        String[] cols = line.split("\t");
        if (cols.length >= 2 && cols[0].strip().matches("\\d+")) {
          String tag = cols.length > 2 && !cols[2].strip().equals("_") ? cols[2].strip() : "";
          current.add(new Parsed(nfc(cols[1].strip()), tag));
        }
      } else {
        for (String word : line.strip().split("\\s+")) {
          current.add(new Parsed(nfc(word), ""));
        }
        sentences.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  /** The syllables of a word; a word made only of underscores is itself. */
  private static List<String> syllables(String form) {
    List<String> out = new ArrayList<>();
    for (String part : form.split("_")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out.isEmpty() ? List.of(form) : out;
  }

  private static String rebuild(List<List<Parsed>> sentences) {
    StringBuilder text = new StringBuilder();
    for (List<Parsed> sentence : sentences) {
      for (int i = 0; i < sentence.size(); i++) {
        text.append(i == 0 ? "" : " ").append(String.join(" ", syllables(sentence.get(i).form())));
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Where {@code syllable} starts in {@code text} at {@code from}, after white space. */
  private static int find(String text, String syllable, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (!text.startsWith(syllable, at)) {
      String found = text.substring(at, Math.min(text.length(), at + syllable.length() + 10));
      throw new IllegalArgumentException(
          "word '"
              + syllable
              + "' is not in the original text at offset "
              + at
              + " ('"
              + found
              + "')");
    }
    return at;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
