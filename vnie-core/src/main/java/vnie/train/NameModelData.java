package vnie.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.BratReader;
import vnie.io.InputFileException;
import vnie.io.TextFileReader;
import vnie.ner.LabelledDocument;
import vnie.ner.NameModelTrainer;

/** Reads training and scoring data for the name model: brat annotations, or plain texts. */
public final class NameModelData {
  private final Vnie rules;

  /** Reads data analysed by the rule pipeline (sentences, tokens, rule mentions). */
  public NameModelData() {
    this.rules = Vnie.builder().rulesOnly().build();
  }

  /**
   * Every {@code NAME.ann} of {@code annotations} with its {@code NAME.txt} from {@code texts} (or
   * beside it), labelled with the hand annotations, in name order.
   */
  public List<LabelledDocument> annotated(Path annotations, Path texts) throws IOException {
    List<LabelledDocument> out = new ArrayList<>();
    BratReader reader = new BratReader();
    for (Path ann : files(annotations, ".ann")) {
      String id = stem(ann, ".ann");
      Path txt = ann.resolveSibling(id + ".txt");
      if (!Files.exists(txt)) {
        txt = texts.resolve(id + ".txt");
      }
      try {
        Document gold = reader.read(txt, ann);
        out.add(new LabelledDocument(rules.process(id, gold.text()), gold.mentions()));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + ann + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Every {@code .txt} of {@code folder}, labelled with the rules' precise mentions (silver). */
  public List<LabelledDocument> silver(Path folder) throws IOException {
    List<LabelledDocument> out = new ArrayList<>();
    TextFileReader reader = new TextFileReader();
    for (Path txt : files(folder, ".txt")) {
      try {
        Document read = reader.read(txt);
        Document analysed = rules.process(stem(txt, ".txt"), read.text());
        out.add(new LabelledDocument(analysed, NameModelTrainer.silverLabels(analysed)));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + txt + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<Path> files(Path folder, String ext) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
    }
  }

  private static String stem(Path file, String ext) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ext.length());
  }
}
