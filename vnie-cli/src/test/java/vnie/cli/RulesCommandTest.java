package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnie rules check DIR} and {@code vnie extract --rules DIR}. */
class RulesCommandTest {
  @TempDir Path dir;

  private Path write(String path, String... lines) throws IOException {
    Path file = dir.resolve("pack").resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aGoodPackPassesWithExitZero() throws IOException {
    write("ner/rank-blockers.txt", "# plural words", "các", "những");
    Path pack = dir.resolve("pack");

    CommandRun result = CommandRun.of("rules", "check", pack.toString());

    assertEquals(0, result.exit());
    assertEquals("vnie: the rule pack " + pack + " has no problem\n", result.outLines());
  }

  @Test
  void everyProblemIsOneLineWithItsFileAndLineAndTheExitCodeIsOne() throws IOException {
    Path roles = write("event/roles.tsv", "Meet\tsubject\tParticipant\tPERSON", "Meet\tsubject");
    Path priorities = shipped("ner/priorities.tsv");
    List<String> lines = Files.readAllLines(priorities, StandardCharsets.UTF_8);
    int line = lines.indexOf("date-grammar\t100") + 1;
    lines.set(line - 1, "date-grammar\thigh");
    Files.write(priorities, lines, StandardCharsets.UTF_8);
    Path pack = dir.resolve("pack");

    CommandRun result = CommandRun.of("rules", "check", pack.toString());

    assertEquals(1, result.exit());
    assertEquals(
        priorities
            + ":"
            + line
            + ": the priority must be a whole number: high\n"
            + priorities
            + ": no priority for the source 'date-grammar'\n"
            + roles
            + ":2: expected 4 columns: type, slot, role, entity-types, found 2 cells\n"
            + "vnie: the rule pack "
            + pack
            + " has 3 problem(s)\n",
        result.outLines());
  }

  /** A copy of the shipped file at {@code path} in the pack. */
  private Path shipped(String path) throws IOException {
    Path file = dir.resolve("pack").resolve(path);
    Files.createDirectories(file.getParent());
    try (InputStream in = Main.class.getResourceAsStream("/vnie/rules/" + path)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void aPackThatIsNoFolderIsOneLineAndExitCodeOne() throws IOException {
    Path missing = dir.resolve("nope");
    // The texts beside --out, not around it, which extract refuses before it reads the pack.
    Path texts = Files.createDirectories(dir.resolve("in"));

    assertEquals(1, CommandRun.of("rules", "check", missing.toString()).exit());
    assertEquals(
        1,
        CommandRun.of(
                "extract",
                texts.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--quiet",
                "--rules",
                missing.toString())
            .exit());
  }

  @Test
  void extractUsesTheUserPack() throws IOException {
    Path ranks = shipped("ner/ranks.tsv");
    Files.writeString(
        ranks,
        "thống chế\trank\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path text = dir.resolve("in/a.txt");
    Files.createDirectories(text.getParent());
    Files.writeString(text, "Thống chế Nguyễn Văn An đến Huế.");
    Path out = dir.resolve("out");

    assertEquals(
        0,
        CommandRun.of(
                "extract",
                text.toString(),
                "--out",
                out.toString(),
                "--rules-only",
                "--quiet",
                "--rules",
                dir.resolve("pack").toString())
            .exit());

    String entities = Files.readString(out.resolve("entities.csv"));
    assertTrue(entities.contains(",RANK,Thống chế,,ranks,"), entities);
  }
}
