package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vnie.core.EntityType;
import vnie.io.AnnotatedCorpus;
import vnie.io.BratProblem;
import vnie.io.BratValidator;
import vnie.io.InputFileException;

/** {@code vnie validate}: checks hand annotations against the annotation guidelines. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks brat annotations against the annotation guidelines (annotations/GUIDELINES.md):"
          + " offsets that give the span's text, no span starting or ending with space or"
          + " punctuation, no overlapping entities, known types, relations and roles with the"
          + " argument types they need, a Value note on every DATE, NFC text.",
      "Each NAME.txt under the text folder pairs with the .ann at the same relative path under"
          + " the gold folder (corpus/test/x.txt with annotations/test/x.ann); a text without"
          + " annotation or an annotation without text is a problem too.",
      "Prints one line per problem and a summary. Exit code 0 when there is no problem, 1 when"
          + " there is one, 2 for bad usage."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldCorpusOptions input;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path gold = input.gold;
    Path texts = input.texts();
    AnnotatedCorpus corpus = input.corpus();
    int problems = 0;
    int entities = 0;
    for (Path txt : corpus.textsWithoutAnnotation()) {
      out.println(
          txt + ": no annotation file (expected the .ann at the same path under " + gold + ")");
      problems++;
    }
    for (Path ann : corpus.annotationsWithoutText()) {
      out.println(ann + ": no text file (expected the .txt at the same path under " + texts + ")");
      problems++;
    }
    for (AnnotatedCorpus.Pair pair : corpus.pairs()) {
      try {
        for (BratProblem p : BratValidator.check(pair.text(), pair.annotation())) {
          out.println(
              pair.name() + ".ann" + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
          problems++;
        }
        entities += entityCount(pair.annotation());
      } catch (InputFileException e) {
        out.println(pair.name() + ": " + e.getMessage());
        problems++;
      }
    }
    out.printf(
        "%d document%s, %d entities, %d problem%s%n",
        corpus.pairs().size(),
        corpus.pairs().size() == 1 ? "" : "s",
        entities,
        problems,
        problems == 1 ? "" : "s");
    if (corpus.pairs().isEmpty() && problems == 0) {
      out.println("vnie: no annotated document found " + input.whereLooked());
      out.flush();
      return 1;
    }
    out.flush();
    return problems == 0 ? 0 : 1;
  }

  /** The entity spans of a brat file ({@code T} lines of an entity type), as check_brat counts. */
  private static int entityCount(Path ann) throws IOException {
    int count = 0;
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 3);
      if (fields.length == 3 && fields[0].startsWith("T")) {
        String type = fields[1].split(" ", 2)[0];
        if (Arrays.stream(EntityType.values()).anyMatch(t -> t.name().equals(type))) {
          count++;
        }
      }
    }
    return count;
  }
}
