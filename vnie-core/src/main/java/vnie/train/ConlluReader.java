package vnie.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U treebank files: one word a line in ten tab-separated columns, sentences separated
 * by blank lines. Multiword-token ranges ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped:
 * their words are listed on the lines that follow. Stateless.
 */
final class ConlluReader {
  private ConlluReader() {}

  /** The sentences of {@code file}. */
  public static List<TreebankSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** The sentences read from {@code in}; {@code name} is used in error messages. */
  public static List<TreebankSentence> read(Reader in, String name) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<TreebankSentence> sentences = new ArrayList<>();
    List<TreebankWord> words = new ArrayList<>();
    String id = null;
    String line;
    int lineNumber = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new TreebankSentence(idOr(id, sentences), words));
        }
        words = new ArrayList<>();
        id = null;
      } else if (line.startsWith("#")) {
        if (line.startsWith("# sent_id")) {
          id = line.substring(line.indexOf('=') + 1).strip();
        }
      } else {
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
          throw new IOException(
              name + ":" + lineNumber + ": expected 10 columns, found " + cols.length);
        }
        if (cols[0].indexOf('-') >= 0 || cols[0].indexOf('.') >= 0) {
          continue;
        }
        String form = Normalizer.normalize(cols[1].strip(), Normalizer.Form.NFC);
        words.add(new TreebankWord(form.replaceAll("\\s+", " "), cols[3], cols[4]));
      }
    }
    if (!words.isEmpty()) {
      sentences.add(new TreebankSentence(idOr(id, sentences), words));
    }
    return sentences;
  }

  private static String idOr(String id, List<TreebankSentence> sentences) {
    return id != null ? id : "s" + (sentences.size() + 1);
  }
}
