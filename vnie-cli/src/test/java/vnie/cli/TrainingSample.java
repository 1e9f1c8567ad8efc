package vnie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A tiny annotated corpus for the training commands' tests: one document per name, the first three
 * under {@code annotations/train} and the last under {@code annotations/dev}, their texts under
 * {@code corpus/}, as the commands expect them.
 */
final class TrainingSample {
  static final String[] NAMES = {"Brandt", "Moreau", "Novak", "Kowalski"};

  /** A document's text and its brat annotations. */
  record Annotated(String text, String ann) {}

  private TrainingSample() {}

  /** Writes the document {@code document} makes of each of {@link #NAMES} under {@code dir}. */
  static void write(Path dir, Function<String, Annotated> document) throws IOException {
    for (int i = 0; i < NAMES.length; i++) {
      String split = i < NAMES.length - 1 ? "train" : "dev";
      Annotated d = document.apply(NAMES[i]);
      writeDocument(dir, split + "/d" + i, d.text(), d.ann());
    }
  }

  /**
   * Writes document {@code name} (a path such as {@code train/a}) as the annotated corpus lays it
   * out: {@code dir/corpus/NAME.txt} and {@code dir/annotations/NAME.ann}.
   */
  static void writeDocument(Path dir, String name, String text, String ann) throws IOException {
    Path txt = dir.resolve("corpus/" + name + ".txt");
    Path gold = dir.resolve("annotations/" + name + ".ann");
    Files.createDirectories(txt.getParent());
    Files.createDirectories(gold.getParent());
    Files.writeString(txt, text);
    Files.writeString(gold, ann);
  }

  /**
   * {@code vnie train MODEL} on the sample's train folder under {@code dir}, then {@code options}.
   */
  static CommandRun train(Path dir, String model, String... options) {
    return CommandRun.of(
        List.of("train", model, "--gold", dir.resolve("annotations/train").toString()), options);
  }

  /** The brat line of text-bound annotation {@code id} of {@code type} over {@code surface}. */
  static String span(String text, String id, String type, String surface) {
    int at = text.indexOf(surface);
    return id + "\t" + type + " " + at + " " + (at + surface.length()) + "\t" + surface + "\n";
  }

  /**
   * The entities both training samples share: T1 the rank {@code Trung úy}, T2 the person {@code
   * name}, T3 the place {@code Huế}, T4 the date {@code năm 1950} with its value.
   */
  static String rankNamePlaceDate(String text, String name) {
    return span(text, "T1", "RANK", "Trung úy")
        + span(text, "T2", "PERSON", name)
        + span(text, "T3", "LOCATION", "Huế")
        + span(text, "T4", "DATE", "năm 1950")
        + "#1\tValue T4\t1950\n";
  }
}
