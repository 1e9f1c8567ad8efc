package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.EntityCsv;

/** Documents are named by their path under the folder given, so equal file names do not clash. */
class DocumentPathNamesTest {
  @TempDir Path dir;

  private Path corpusByYear() throws IOException {
    Path corpus = dir.resolve("corpus");
    for (String year : List.of("2023", "2024")) {
      Files.createDirectories(corpus.resolve(year));
      Files.writeString(corpus.resolve(year + "/article.txt"), "Trung úy Lê Nam gặp Trần Bình.\n");
    }
    return corpus;
  }

  /** {@code vnie extract} of {@link #corpusByYear} into dir/out, then {@code options}. */
  private CommandRun extractCorpusByYear(String... options) throws IOException {
    return CommandRun.of(
        List.of("extract", corpusByYear().toString(), "--out", dir.resolve("out").toString()),
        options);
  }

  @Test
  void filesOfTheSameNameInDifferentFoldersAreBothProcessed() throws IOException {
    Path out = dir.resolve("out");
    CommandRun run = extractCorpusByYear("--format", "brat");

    assertEquals(0, run.exit(), run.err());
    assertEquals(
        List.of("2023/article", "2024/article"),
        List.copyOf(EntityCsv.read(out.resolve("entities.csv")).keySet()));
    assertEquals("file,reason\r\n", Files.readString(out.resolve("errors.csv")));
    assertTrue(Files.exists(out.resolve("2024/article.ann")), "brat files keep the folders");
  }

  @Test
  void conlluFilesKeepTheFoldersAndNameTheirDocument() throws IOException {
    Path out = dir.resolve("out");
    CommandRun run = extractCorpusByYear("--format", "conllu");

    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out.resolve("2024/article.conllu"));
    assertEquals(
        List.of(
            "# newdoc id = 2024/article",
            "# sent_id = 2024/article-1",
            "# text = Trung úy Lê Nam gặp Trần Bình."),
        lines.subList(0, 3));
    assertTrue(Files.exists(out.resolve("2023/article.conllu")));
    assertTrue(Files.exists(out.resolve("entities.csv")), "the tables are written too");
  }

  @Test
  void flatNamesKeepTheOldBehaviourAndRefuseTheSecondFile() throws IOException {
    Path out = dir.resolve("out");
    CommandRun run = extractCorpusByYear("--flat-names");

    assertEquals(1, run.exit());
    assertEquals(
        List.of("article"), List.copyOf(EntityCsv.read(out.resolve("entities.csv")).keySet()));
    assertTrue(
        Files.readString(out.resolve("errors.csv"))
            .contains("another input has the same document name 'article'"),
        Files.readString(out.resolve("errors.csv")));
  }

  @Test
  void aFileGivenByItselfIsNamedByItsFileName() throws IOException {
    Path corpus = corpusByYear();
    Path out = dir.resolve("out");
    CommandRun run =
        CommandRun.of(
            "extract", corpus.resolve("2023/article.txt").toString(), "--out", out.toString());

    assertEquals(0, run.exit(), run.err());
    assertEquals(
        List.of("article"), List.copyOf(EntityCsv.read(out.resolve("entities.csv")).keySet()));
  }

  @Test
  void evaluateNamesGoldByTheSamePaths() throws IOException {
    Path corpus = corpusByYear();
    Path gold = dir.resolve("annotations");
    for (String year : List.of("2023", "2024")) {
      Files.createDirectories(gold.resolve(year));
      Files.writeString(gold.resolve(year + "/article.ann"), "T1\tRANK 0 8\tTrung úy\n");
    }
    Path out = dir.resolve("out");
    assertEquals(0, CommandRun.of("extract", corpus.toString(), "--out", out.toString()).exit());

    CommandRun run =
        CommandRun.of(
            "evaluate",
            "--gold",
            gold.toString(),
            "--text",
            corpus.toString(),
            "--pred",
            out.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(!run.out().contains("not scored"), run.out());
  }
}
