package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Mention;
import vnie.io.EntityCsv;
import vnie.io.ResultTable;

class ExtractCommandTest {
  @TempDir Path dir;

  private static final String ARTICLE =
      "Trung úy Albert Kotzebue gặp quân Liên Xô gần thị trấn Strehla ngày 25/4/1945.\n"
          + "Sau đó Kotzebue trở về.\n";

  /** The mentions vnie finds in {@link #ARTICLE}, each as its type and text. */
  private static final List<String> ARTICLE_MENTIONS =
      List.of(
          "RANK Trung úy",
          "PERSON Albert Kotzebue",
          "LOCATION Liên Xô",
          "LOCATION Strehla",
          "DATE ngày 25/4/1945",
          "PERSON Kotzebue");

  @Test
  void badFilesAreReportedByNameAndTheOthersStillProcessed() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), ARTICLE);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b', 0});
    Files.write(in.resolve("latin1.txt"), "Quân đội".getBytes(StandardCharsets.ISO_8859_1));
    Path out = dir.resolve("out");

    int exit =
        CommandRun.of(
                "extract",
                in.toString(),
                dir.resolve("missing.txt").toString(),
                "--out",
                out.toString())
            .exit();

    assertEquals(1, exit, "a failed file makes the exit code 1");
    String errors = Files.readString(out.resolve("errors.csv"));
    for (String name : List.of("empty.txt", "binary.txt", "latin1.txt", "missing.txt")) {
      assertTrue(errors.contains(name), name + " is listed in errors.csv: " + errors);
    }
    assertTrue(errors.contains("not valid UTF-8"), errors);
    Map<String, List<Mention>> rows = EntityCsv.read(out.resolve("entities.csv"));
    assertEquals(List.of("good"), List.copyOf(rows.keySet()));
    assertEquals(ARTICLE_MENTIONS, typeAndText(rows.get("good")));
  }

  @Test
  void offsetsPointIntoNfdTextWithBomAndCrlf() throws IOException {
    String asRead = Normalizer.normalize(ARTICLE.replace("\n", "\r\n"), Normalizer.Form.NFD);
    Path in = dir.resolve("nfd.txt");
    byte[] body = asRead.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(in, withBom);
    Path out = dir.resolve("out");

    assertEquals(0, CommandRun.of("extract", in.toString(), "--out", out.toString()).exit());

    List<Mention> mentions = EntityCsv.read(out.resolve("entities.csv")).get("nfd");
    assertEquals(6, mentions.size());
    for (Mention m : mentions) {
      assertEquals(asRead.substring(m.start(), m.end()), m.text(), m.toString());
    }
    Mention last = mentions.get(5);
    assertEquals(asRead.lastIndexOf("Kotzebue"), last.start());
  }

  @Test
  void writesBratThatEvaluateReadsBack() throws IOException {
    Path out = extractArticle("--format", "brat");
    String ann = Files.readString(out.resolve("doc.ann"));
    assertTrue(ann.startsWith("T1\tRANK 0 8\tTrung úy\n"), ann);
    assertTrue(ann.contains("\tValue T5\t1945-04-25"), ann);
  }

  @Test
  void writesEveryTableWithItsHeader() throws IOException {
    Path out = extractArticle();
    assertEquals(
        "doc,sentence,start,end,type,text,value,source,person_id", header(out, "entities.csv"));
    assertEquals(
        "doc,sentence,id,type,arg1,arg1_start,arg1_end,arg2,arg2_start,arg2_end,source",
        header(out, "relations.csv"));
    assertEquals(
        "doc,sentence,id,type,trigger,start,end,Participant,Attacker,Target,Agent,Mover,"
            + "Destination,Victim,Place,Time,source",
        header(out, "events.csv"));
    assertEquals(
        "doc,event_id,event_type,role,type,text,start,end", header(out, "event_arguments.csv"));
    assertEquals(
        "doc,person_id,name,ranks,units,mentions,first_offset\r\n"
            + "doc,P1,Albert Kotzebue,Trung úy,,2,9\r\n",
        Files.readString(out.resolve("persons.csv")));
  }

  @Test
  void excelStartsEveryTableWithTheByteOrderMark() throws IOException {
    Path out = extractArticle("--excel");
    for (ResultTable table : ResultTable.values()) {
      String text = Files.readString(out.resolve(table.fileName()));
      assertEquals(table.head(true), text.substring(0, table.head(true).length()), table.name());
      assertTrue(text.startsWith("\uFEFFdoc,") || text.startsWith("\uFEFFfile,"), text);
    }
  }

  @Test
  void entitiesCanComeFromBratFilesAndAMissingOneIsReported() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Đại úy Lê Nam gặp Trần Bình.");
    Files.writeString(in.resolve("b.txt"), "Không có chú thích.");
    Path ann = Files.createDirectories(dir.resolve("ann"));
    Files.writeString(
        ann.resolve("a.ann"),
        "T1\tRANK 0 6\tĐại úy\nT2\tPERSON 7 13\tLê Nam\nT3\tPERSON 18 27\tTrần Bình\n");
    Path out = dir.resolve("out");

    int exit =
        CommandRun.of(
                "extract",
                in.toString(),
                "--entities",
                ann.toString(),
                "--rules-only",
                "--out",
                out.toString())
            .exit();

    assertEquals(1, exit);
    assertTrue(Files.readString(out.resolve("errors.csv")).contains("b.txt"));
    assertEquals(
        "doc,sentence,id,type,trigger,start,end,Participant,Attacker,Target,Agent,Mover,"
            + "Destination,Victim,Place,Time,source\r\n"
            + "a,0,E1,Meet,gặp,14,17,Lê Nam; Trần Bình,,,,,,,,,triggers\r\n",
        Files.readString(out.resolve("events.csv")));
  }

  @Test
  void noModelAddsToTheHandAnnotatedEntities() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), ARTICLE);
    Path ann = Files.createDirectories(dir.resolve("ann"));
    // Only Kotzebue is annotated; the rules and the entity model find the rank, the place and
    // the date as well, when they run.
    Files.writeString(ann.resolve("a.ann"), "T1\tPERSON 9 24\tAlbert Kotzebue\n");
    Path out = dir.resolve("out");

    assertEquals(
        0,
        CommandRun.of(
                "extract", in.toString(), "--entities", ann.toString(), "--out", out.toString())
            .exit());

    assertEquals(
        List.of("PERSON Albert Kotzebue"),
        EntityCsv.read(out.resolve("entities.csv")).get("a").stream()
            .map(m -> m.type() + " " + m.text())
            .toList());
  }

  @Test
  void vncorenlpOutputIsAlignedToTheOriginalAndWrittenBackAsColumns() throws IOException {
    Path in = Files.createDirectories(dir.resolve("vncorenlp"));
    Path originals = Files.createDirectories(dir.resolve("originals"));
    Files.writeString(originals.resolve("good.txt"), ARTICLE);
    Files.writeString(
        in.resolve("good.txt"),
        "Trung_úy Albert_Kotzebue gặp quân Liên_Xô gần thị_trấn Strehla ngày 25/4/1945 .\n"
            + "Sau_đó Kotzebue trở_về .\n");
    Path out = dir.resolve("out");

    assertEquals(0, extractVnCoreNlp(in, originals, out, "--format", "csv,conll").exit());

    List<Mention> mentions = EntityCsv.read(out.resolve("entities.csv")).get("good");
    for (Mention m : mentions) {
      assertEquals(ARTICLE.substring(m.start(), m.end()), m.text(), m.toString());
    }
    assertEquals(ARTICLE_MENTIONS, typeAndText(mentions));
    List<String> conll = Files.readAllLines(out.resolve("good.conll"));
    String[] name = conll.get(1).split("\t");
    assertEquals(List.of("2", "Albert_Kotzebue", "B-PERSON"), List.of(name[0], name[1], name[3]));
    assertEquals("", conll.get(11), "a blank line after each sentence");
    assertEquals("2\tKotzebue", conll.get(13).substring(0, 10));
  }

  @Test
  void vncorenlpOutputThatDoesNotMatchItsOriginalIsReported() throws IOException {
    Path in = Files.createDirectories(dir.resolve("vncorenlp"));
    Path originals = Files.createDirectories(dir.resolve("originals"));
    Files.writeString(originals.resolve("bad.txt"), "Một văn bản khác.");
    Files.writeString(in.resolve("bad.txt"), "Trung_úy Albert_Kotzebue .");
    Path out = dir.resolve("out");
    int exit = extractVnCoreNlp(in, originals, out).exit();
    assertEquals(1, exit);
    assertTrue(
        Files.readString(out.resolve("errors.csv"))
            .contains("word 'Trung' is not in the original"));
  }

  @Test
  void originalTextsAreOnlyForVncorenlpInput() throws IOException {
    Path in = dir.resolve("doc.txt");
    Files.writeString(in, ARTICLE);
    int exit =
        CommandRun.of(
                "extract",
                in.toString(),
                "--original",
                dir.toString(),
                "--out",
                dir.resolve("o").toString())
            .exit();
    assertEquals(2, exit, "a usage error");
  }

  @Test
  void aGlobSelectsTheInputsAndTheThreadCountDoesNotChangeTheTables() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in/a"));
    Files.writeString(in.resolve("one.txt"), ARTICLE);
    Files.writeString(in.resolve("two.txt"), ARTICLE);
    Files.writeString(in.resolve("skip.md"), ARTICLE);
    String glob = dir.resolve("in") + "/**/*.txt";

    int one =
        CommandRun.of("extract", glob, "--out", dir.resolve("o1").toString(), "--threads", "1")
            .exit();
    int three =
        CommandRun.of("extract", glob, "--out", dir.resolve("o3").toString(), "--threads", "3")
            .exit();

    assertEquals(0, one);
    assertEquals(0, three);
    for (String table : List.of("entities.csv", "relations.csv", "events.csv", "persons.csv")) {
      assertEquals(
          Files.readString(dir.resolve("o1").resolve(table)),
          Files.readString(dir.resolve("o3").resolve(table)),
          table);
    }
    assertEquals(
        List.of("a/one", "a/two"),
        List.copyOf(EntityCsv.read(dir.resolve("o1/entities.csv")).keySet()),
        "named by their paths under the glob's folder");
  }

  @Test
  void noInputIsABadUsage() {
    assertEquals(2, CommandRun.of("extract", "--out", dir.resolve("out").toString()).exit());
  }

  /** {@code vnie extract} of VnCoreNLP output in {@code in}, with the texts it was made from. */
  private static CommandRun extractVnCoreNlp(Path in, Path originals, Path out, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "extract",
            in.toString(),
            "--input-format",
            "vncorenlp",
            "--original",
            originals.toString(),
            "--out",
            out.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static List<String> typeAndText(List<Mention> mentions) {
    return mentions.stream().map(m -> m.type() + " " + m.text()).toList();
  }

  /** Extracts {@link #ARTICLE}, as dir/doc.txt, into dir/out with {@code options}; returns out. */
  private Path extractArticle(String... options) throws IOException {
    Path in = dir.resolve("doc.txt");
    Files.writeString(in, ARTICLE);
    Path out = dir.resolve("out");
    assertEquals(
        0,
        CommandRun.of(List.of("extract", in.toString(), "--out", out.toString()), options).exit());
    return out;
  }

  /** The first line of the table {@code name} in {@code out}. */
  private static String header(Path out, String name) throws IOException {
    return Files.readString(out.resolve(name)).split("\r\n", -1)[0];
  }
}
