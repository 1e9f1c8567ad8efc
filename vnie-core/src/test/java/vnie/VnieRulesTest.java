package vnie;

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
import vnie.core.Document;
import vnie.core.Mention;
import vnie.rules.RulePackException;

/** {@link Vnie.Builder#rules} and {@link Vnie#checkRules}: a user's rule pack, without Java. */
class VnieRulesTest {
  @TempDir Path dir;

  private Path copyOfShipped(String path) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    try (var in = Vnie.class.getResourceAsStream("/vnie/rules/" + path)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static void append(Path file, String... lines) throws IOException {
    Files.write(
        file,
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static List<String> mentions(Document d) {
    return d.mentions().stream()
        .map(m -> m.type() + " " + m.text() + " " + m.provenance().source())
        .toList();
  }

  private static final String TEXT = "Suất đội Nguyễn Văn An và toán quân 7 tấn công đồn Tà Xá.";

  @Test
  void aLinguistAddsARankAUnitWordATriggerAndAPattern() throws IOException {
    Document before = Vnie.builder().rulesOnly().build().process(TEXT);
    append(copyOfShipped("ner/ranks.tsv"), "suất đội\ttitle");
    append(copyOfShipped("ner/unit-formations.tsv"), "toán quân\tsquad");
    append(copyOfShipped("event/triggers.tsv"), "vây hãm\tAttack");
    assertEquals(List.of(), Vnie.checkRules(dir));

    Vnie vnie = Vnie.builder().rulesOnly().rules(dir).build();
    Document after = vnie.process(TEXT);
    assertTrue(!mentions(before).contains("RANK Suất đội ranks"), mentions(before).toString());
    assertTrue(
        !mentions(before).contains("UNIT toán quân 7 unit-pattern"), mentions(before).toString());
    assertTrue(mentions(after).contains("RANK Suất đội ranks"), mentions(after).toString());
    assertTrue(
        mentions(after).contains("UNIT toán quân 7 unit-pattern"), mentions(after).toString());
    Document siege = vnie.process("Sư đoàn 5 vây hãm thị xã Kon Tum.");
    assertEquals("Attack", siege.events().get(0).type().name());
    assertEquals(
        List.of("Attacker=Sư đoàn 5", "Target=Kon Tum"),
        siege.events().get(0).arguments().stream()
            .map(a -> a.role() + "=" + a.filler().text())
            .toList());
  }

  @Test
  void aNewCueListServesANewRelationPattern() throws IOException {
    append(copyOfShipped("event/cues.tsv"), "past\ttừng", "past\tđã từng");
    append(
        copyOfShipped("event/relation-patterns.tsv"),
        "name-was-rank\tHasRank\tPERSON:1 @past @copula RANK:2");
    assertEquals(List.of(), Vnie.checkRules(dir));
    Document d =
        Vnie.builder().rulesOnly().rules(dir).build().process("Trần Văn Hải từng là Tư lệnh.");
    assertTrue(
        d.relations().stream().anyMatch(r -> r.provenance().source().equals("name-was-rank")),
        d.relations().toString());
  }

  @Test
  void everyProblemOfAPackIsListedWithItsFileAndLineBeforeAnyDocument() throws IOException {
    Path cues = dir.resolve("event/cues.tsv");
    Files.createDirectories(cues.getParent());
    Files.write(cues, List.of("# only one list", "copula\tlà"), StandardCharsets.UTF_8);
    append(copyOfShipped("event/triggers.tsv"), "vây hãm\tSiege");
    append(copyOfShipped("ner/priorities.tsv"), "unit-patern\t85");
    append(copyOfShipped("ner/date-markers.tsv"), "weekday\tthứ");

    List<String> problems = Vnie.checkRules(dir);
    Path triggers = dir.resolve("event/triggers.tsv");
    int triggerLine = Files.readAllLines(triggers).size();
    assertTrue(
        problems.contains(cues + ": no cue list 'genitive', which the event rules use"),
        String.join("\n", problems));
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(triggers + ":" + triggerLine + ": ")),
        String.join("\n", problems));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith(dir.resolve("ner/priorities.tsv") + ":")
                        && p.contains("unit-patern")),
        String.join("\n", problems));
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("unknown marker 'weekday'")),
        String.join("\n", problems));

    RulePackException e =
        assertThrows(RulePackException.class, () -> Vnie.builder().rulesOnly().rules(dir).build());
    assertEquals(problems, e.problems());
  }

  @Test
  void theShippedPackHasNoProblem() throws IOException {
    assertEquals(List.of(), Vnie.checkRules(dir));
  }

  @Test
  void mentionTypesStayTheSameWithAnEmptyPack() throws IOException {
    Document shipped = Vnie.builder().rulesOnly().build().process(TEXT);
    Document empty = Vnie.builder().rulesOnly().rules(dir).build().process(TEXT);
    assertEquals(
        shipped.mentions().stream().map(Mention::toString).toList(),
        empty.mentions().stream().map(Mention::toString).toList());
  }
}
