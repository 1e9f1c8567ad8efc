import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes a corpus for throughput measurements: the sentences of one article shuffled into many
 * article-sized files, until the corpus holds the words asked for (words: runs of non-space, as
 * {@code wc -w} counts them). Run with {@code java vnie-spark/bench/GenerateCorpus.java ARTICLE
 * OUT_DIR WORDS [WORDS_PER_FILE]}; the same arguments always give the same files.
 */
public final class GenerateCorpus {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private GenerateCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: GenerateCorpus ARTICLE OUT_DIR WORDS [WORDS_PER_FILE]");
      System.exit(2);
    }
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(Files.readString(Path.of(args[0])), -1)) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
    Path out = Files.createDirectories(Path.of(args[1]));
    long target = Long.parseLong(args[2]);
    int perFile = args.length > 3 ? Integer.parseInt(args[3]) : 700;
    Random random = new Random(20250425L);
    long words = 0;
    int files = 0;
    while (words < target) {
      StringBuilder text = new StringBuilder();
      int fileWords = 0;
      while (fileWords < perFile) {
        String sentence = sentences.get(random.nextInt(sentences.size()));
        text.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
        fileWords += SPACE.split(sentence.strip(), -1).length;
      }
      // Folders of 100 files, as a crawl would store them.
      Path file = out.resolve(String.format("%04d/article-%06d.txt", files / 100, files));
      Files.createDirectories(file.getParent());
      Files.writeString(file, text.toString().strip() + "\n");
      words += fileWords;
      files++;
    }
    System.out.println(files + " files, " + words + " words -> " + out);
  }
}
