package vnie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vnie.batch.InputPaths;

/**
 * Refuses an {@code --out} that overlaps the inputs, checked before anything is written: an output
 * folder that is, or is inside, an input folder (a folder given or a glob's base), where brat and
 * CoNLL files would replace the texts and every result would be an input of the next run over that
 * folder; and, when brat or CoNLL files are written, an input inside the output folder, since those
 * files are named by document and could land on it. Tables alone may be written to a folder that
 * holds inputs: their file names are fixed.
 */
final class OutputInsideInputs {
  private OutputInsideInputs() {}

  /**
   * @param arguments the INPUT arguments (files, folders, globs; {@code -} is skipped)
   * @param sideFiles whether brat or CoNLL files are written under {@code out}
   */
  static void check(Path out, List<String> arguments, boolean sideFiles) {
    Path realOut = real(out);
    for (String argument : arguments) {
      if (argument.equals("-")) {
        continue;
      }
      Path given = Path.of(argument);
      boolean glob = !Files.exists(given) && InputPaths.isGlob(argument);
      Path input = glob ? InputPaths.globBase(argument) : given;
      if (!Files.exists(input)) {
        continue; // a missing input is reported as such when it is read
      }
      Path realInput = real(input);
      if ((glob || Files.isDirectory(input)) && realOut.startsWith(realInput)) {
        throw new BadUsageException(
            "--out "
                + out
                + (realOut.equals(realInput)
                    ? " is the input folder "
                    : " is inside the input folder ")
                + input
                + ": the results would mix with the texts (brat would replace them, and the next"
                + " run would read them as inputs); give an --out outside "
                + input);
      }
      if (sideFiles && realInput.startsWith(realOut)) {
        throw new BadUsageException(
            "input "
                + input
                + " is inside --out "
                + out
                + ", where brat and CoNLL files are written by document name and could replace it;"
                + " give an --out outside the inputs");
      }
    }
  }

  /**
   * The path with its links resolved as far as it exists, so that a link or {@code ..} does not
   * hide an overlap; a part not created yet is kept as given.
   */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute; // a folder on the way cannot be looked at: compare the paths as given
    }
  }
}
