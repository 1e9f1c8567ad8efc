package vnie.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackTest {
  @TempDir Path dir;

  private void write(String path, String... lines) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
  }

  @Test
  void theShippedPackDeclaresEveryFileAndReadsThemWithoutProblems() {
    RulePack pack = RulePack.shipped();
    for (RuleFile file : pack.files()) {
      assertTrue(!pack.rows(file.path()).isEmpty(), file.path());
    }
    assertEquals(List.of(), pack.problems());
    assertEquals("ranks", pack.file("ner/ranks.tsv").name());
    assertEquals("ranks", pack.file("ner/ranks.tsv").gazetteer());
  }

  @Test
  void aUserFileReplacesTheShippedOneAndTheOthersStay() throws IOException {
    write("ner/ranks.tsv", "# one rank", "thống chế\trank");
    RulePack pack = RulePack.load(dir);
    assertEquals(List.of("thống chế"), List.copyOf(pack.entries("ner/ranks.tsv")));
    assertTrue(pack.entries("ner/countries.txt").contains("Việt Nam"));
    assertEquals(dir.resolve("ner/ranks.tsv") + ":2", pack.rows("ner/ranks.tsv").get(0).where());
  }

  @Test
  void aUserManifestAddsAFile() throws IOException {
    write(RulePack.MANIFEST, "gazetteers/battles.txt\tlist\tname\tany-case\tbattles");
    write("gazetteers/battles.txt", "Điện Biên Phủ");
    RulePack pack = RulePack.load(dir);
    assertEquals("battles", pack.file("gazetteers/battles.txt").gazetteer());
    assertEquals(List.of("Điện Biên Phủ"), List.copyOf(pack.entries("gazetteers/battles.txt")));
    assertEquals(List.of(), pack.problems());
  }

  @Test
  void rowsThatDoNotFitTheirColumnsAreProblemsWithFileAndLine() throws IOException {
    write("event/roles.tsv", "# roles", "Meet\tsubject\tParticipant");
    write("ner/unit-codes.txt", "F\\d{2,3}", "E[0-9");
    RulePack pack = RulePack.load(dir);
    assertEquals(List.of(), pack.rows("event/roles.tsv"));
    assertEquals(1, pack.patterns("ner/unit-codes.txt").size());
    assertEquals(
        List.of(
            dir.resolve("event/roles.tsv")
                + ":2: expected 4 columns: type, slot, role, entity-types, found 3 cells",
            dir.resolve("ner/unit-codes.txt")
                + ":2: not a regular expression: Unclosed character class"),
        pack.problems());
    RulePackException e = assertThrows(RulePackException.class, pack::verify);
    assertEquals(pack.problems(), e.problems());
  }

  @Test
  void aMisspelledFileOrABadManifestRowIsAProblem() throws IOException {
    write("ner/rank.tsv", "thống chế\trank");
    write(RulePack.MANIFEST, "ner/extra.txt\tlist\tphrase\tsometimes\t-");
    RulePack pack = RulePack.load(dir);
    assertEquals(
        List.of(
            dir.resolve(RulePack.MANIFEST) + ":1: unknown match 'sometimes' (any-case or exact)",
            dir.resolve("ner/rank.tsv")
                + ": not named in manifest.tsv (misspelled, or a new file to add)"),
        pack.problems());
  }

  @Test
  void aDeclaredFileThatIsMissingIsAProblem() throws IOException {
    write(RulePack.MANIFEST, "ner/extra.txt\tlist\tphrase\texact\t-");
    RulePack pack = RulePack.load(dir);
    assertEquals(List.of(), pack.rows("ner/extra.txt"));
    assertEquals(
        List.of("ner/extra.txt: missing (declared at " + dir.resolve(RulePack.MANIFEST) + ":1)"),
        pack.problems());
  }

  @Test
  void aFolderThatIsNoFolderIsRefused() {
    assertThrows(IOException.class, () -> RulePack.load(dir.resolve("nope")));
  }
}
