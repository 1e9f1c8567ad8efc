package vnie.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vnie.batch.DocumentSource;
import vnie.batch.Input;
import vnie.batch.InputPaths;
import vnie.core.Document;
import vnie.io.InputBytes;
import vnie.io.InputFileException;
import vnie.io.TextFileReader;

/**
 * The inputs of {@code vnie extract} in the order given: the {@code --text}, then each INPUT
 * ({@code -} for a text on standard input), then the paths listed by {@code --files-from}. Texts
 * given whole are held in memory under a path of their own, which names them in messages and
 * errors.csv.
 */
final class ExtractInputs {
  static final Path STANDARD_INPUT = Path.of("(standard input)");
  static final Path TEXT_OPTION = Path.of("(--text)");

  private final List<String> arguments;
  private final String text;
  private final String filesFrom;
  private final boolean flatNames;
  // Keyed by identity: a file that happens to be called "(standard input)" is still a file.
  private final Map<Path, byte[]> givenTexts = Collections.synchronizedMap(new IdentityHashMap<>());
  // The walks of the arguments and of --files-from go on from this one, so that each real folder
  // is walked once over all of them, and the folders they refuse are refused when read.
  private final InputPaths walk;

  /**
   * @param arguments the INPUT arguments, {@code -} for standard input
   * @param text the {@code --text}, or null
   * @param filesFrom the {@code --files-from} file, {@code -} for standard input, or null
   */
  ExtractInputs(
      List<String> arguments, String text, String filesFrom, String extension, boolean flatNames) {
    this.arguments = List.copyOf(arguments);
    this.text = text;
    this.filesFrom = filesFrom;
    this.flatNames = flatNames;
    this.walk = new InputPaths(List.of(), extension, null);
    long standardInputs = arguments.stream().filter("-"::equals).count();
    if ("-".equals(filesFrom)) {
      standardInputs++;
    }
    if (standardInputs > 1) {
      throw new BadUsageException(
          "standard input can be read only once: give one of -, --stdin and --files-from -");
    }
    if (arguments.isEmpty() && text == null && filesFrom == null) {
      throw new BadUsageException(
          "nothing to process: give INPUT files or folders, --text TEXT, or - to read a text"
              + " from standard input");
    }
  }

  /** True when a text is read from standard input. */
  boolean readsStandardInput() {
    return arguments.contains("-");
  }

  /** True when every input is a text given whole (--text, -), none a file. */
  boolean textsOnly() {
    return filesFrom == null && arguments.stream().allMatch("-"::equals);
  }

  /** The arguments that name files, folders or globs, which can be listed ahead to count them. */
  List<String> pathArguments() {
    return filesFrom != null ? List.of() : arguments.stream().filter(a -> !a.equals("-")).toList();
  }

  /** Number of texts given whole. */
  int givenTextCount() {
    return (text == null ? 0 : 1) + (readsStandardInput() ? 1 : 0);
  }

  /** The inputs; reads the text on {@code standardInput} now when - was given. */
  Iterator<Input> iterator(InputStream standardInput) throws IOException {
    List<Iterator<Input>> parts = new ArrayList<>();
    if (text != null) {
      parts.add(given(TEXT_OPTION, "text", text.getBytes(StandardCharsets.UTF_8)));
    }
    for (String argument : arguments) {
      parts.add(
          argument.equals("-")
              ? given(STANDARD_INPUT, "stdin", standardInput.readAllBytes())
              : named(walk.andThen(List.of(argument), null)));
    }
    if (filesFrom != null) {
      parts.add(named(walk.andThen(List.of("-"), pathList(standardInput))));
    }
    return concatenated(parts.iterator());
  }

  /**
   * {@code source}, but a folder the walk of the inputs refused (unreadable, a symbolic link loop,
   * already walked) fails with the reason instead of being read.
   */
  DocumentSource refusing(DocumentSource source) {
    return walk.refusing(source);
  }

  /** The document of an input, a given text or a file. */
  Document read(TextFileReader reader, Path file, String name) throws InputFileException {
    byte[] given = givenTexts.get(file);
    if (given == null) {
      return Document.of(name, reader.readText(file));
    }
    return InputBytes.read(name, given);
  }

  private Iterator<Input> given(Path path, String name, byte[] bytes) {
    givenTexts.put(path, bytes);
    return List.of(new Input(path, name)).iterator();
  }

  private Iterator<Input> named(InputPaths paths) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return paths.hasNext();
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return paths.nextInput(flatNames);
      }
    };
  }

  private static Iterator<Input> concatenated(Iterator<Iterator<Input>> parts) {
    return new Iterator<>() {
      private Iterator<Input> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && parts.hasNext()) {
          current = parts.next();
        }
        return current.hasNext();
      }

      @Override
      public Input next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private BufferedReader pathList(InputStream standardInput) throws IOException {
    if (filesFrom.equals("-")) {
      return new BufferedReader(new InputStreamReader(standardInput, StandardCharsets.UTF_8));
    }
    Path list = Path.of(filesFrom);
    if (!Files.isRegularFile(list)) {
      throw new BadUsageException(
          "--files-from "
              + filesFrom
              + " is not a file; give a file of input paths, one a line, or - for standard input");
    }
    return Files.newBufferedReader(list, StandardCharsets.UTF_8);
  }
}
