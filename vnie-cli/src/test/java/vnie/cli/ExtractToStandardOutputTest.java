package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnie extract} without --out: text in, results on standard output. */
class ExtractToStandardOutputTest {
  @TempDir Path dir;

  private static final String GIAP = "Đại tướng Võ Nguyên Giáp sinh năm 1911 tại Quảng Bình.\n";
  private static final String KOTZEBUE = "Trung úy Albert Kotzebue gặp quân Liên Xô.";

  @Test
  void aTextOnStandardInputGivesOneJsonLine() {
    CommandRun run = CommandRun.withInput(GIAP, "extract", "-");

    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "{\"doc\":\"stdin\",\"text\":\"Đại tướng Võ Nguyên Giáp sinh năm 1911 tại Quảng"
            + " Bình.\\n\",\"sentences\":[{\"index\":0,\"start\":0,\"end\":54,\"words\":["
            + "{\"form\":\"Đại_tướng\",\"text\":\"Đại tướng\",\"start\":0,\"end\":9,\"pos\":\"N\"},"
            + "{\"form\":\"Võ_Nguyên_Giáp\",\"text\":\"Võ Nguyên Giáp\",\"start\":10,\"end\":24,"
            + "\"pos\":\"NNP\"},"
            + "{\"form\":\"sinh\",\"text\":\"sinh\",\"start\":25,\"end\":29,\"pos\":\"V\"},"
            + "{\"form\":\"năm\",\"text\":\"năm\",\"start\":30,\"end\":33,\"pos\":\"N\"},"
            + "{\"form\":\"1911\",\"text\":\"1911\",\"start\":34,\"end\":38,\"pos\":\"Num\"},"
            + "{\"form\":\"tại\",\"text\":\"tại\",\"start\":39,\"end\":42,\"pos\":\"Pre\"},"
            + "{\"form\":\"Quảng_Bình\",\"text\":\"Quảng Bình\",\"start\":43,\"end\":53,"
            + "\"pos\":\"NNP\"},"
            + "{\"form\":\".\",\"text\":\".\",\"start\":53,\"end\":54,\"pos\":\".\"}]}],"
            + "\"entities\":["
            + "{\"type\":\"RANK\",\"start\":0,\"end\":9,\"text\":\"Đại tướng\",\"value\":\"\","
            + "\"source\":\"ranks\",\"sentence\":0,\"person_id\":\"\"},"
            + "{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\","
            + "\"value\":\"\",\"source\":\"person-after-rank\",\"sentence\":0,\"person_id\":\"P1\"},"
            + "{\"type\":\"DATE\",\"start\":30,\"end\":38,\"text\":\"năm 1911\",\"value\":\"1911\","
            + "\"source\":\"date-grammar\",\"sentence\":0,\"person_id\":\"\"},"
            + "{\"type\":\"LOCATION\",\"start\":43,\"end\":53,\"text\":\"Quảng Bình\",\"value\":\"\","
            + "\"source\":\"places\",\"sentence\":0,\"person_id\":\"\"}],"
            + "\"relations\":[{\"id\":\"R1\",\"type\":\"HasRank\","
            + "\"arg1\":{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\"},"
            + "\"arg2\":{\"type\":\"RANK\",\"start\":0,\"end\":9,\"text\":\"Đại tướng\"},"
            + "\"source\":\"model:events\"}],"
            + "\"events\":[],"
            + "\"persons\":[{\"id\":\"P1\",\"name\":\"Võ Nguyên Giáp\",\"mentions\":["
            + "{\"type\":\"PERSON\",\"start\":10,\"end\":24,\"text\":\"Võ Nguyên Giáp\"}]}]}\n",
        run.out());
    assertEquals("", run.err(), "nothing on standard error when all went well");
  }

  @Test
  void offsetsPointIntoTheTextAsReadWithoutTheMarkAndWithEachCarriageReturn() throws IOException {
    String text = KOTZEBUE + "\r\nSau đó Kotzebue trở về.\r\n";
    CommandRun run = CommandRun.withInput("\uFEFF" + text, "extract", "-");

    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals(text, doc.get("text").asText(), "the mark removed, CR LF kept");
    List<String> found = new ArrayList<>();
    for (JsonNode e : doc.get("entities")) {
      String span = text.substring(e.get("start").asInt(), e.get("end").asInt());
      assertEquals(e.get("text").asText(), span);
      found.add(span);
    }
    assertEquals(List.of("Trung úy", "Albert Kotzebue", "Liên Xô", "Kotzebue"), found);
  }

  @Test
  void stdinOptionReadsTheTextAsTheDashDoes() {
    assertEquals(
        CommandRun.withInput(GIAP, "extract", "-").out(),
        CommandRun.withInput(GIAP, "extract", "--stdin").out());
  }

  @Test
  void csvPrintsOneTableWithoutTheByteOrderMark() {
    CommandRun entities = CommandRun.of("extract", "--text", KOTZEBUE, "--format", "csv");
    CommandRun persons =
        CommandRun.of("extract", "--text", KOTZEBUE, "--format", "csv", "--table", "persons");

    assertEquals(0, entities.exit(), entities.err());
    assertEquals(
        "doc,sentence,start,end,type,text,value,source,person_id\r\n"
            + "text,0,0,8,RANK,Trung úy,,ranks,\r\n"
            + "text,0,9,24,PERSON,Albert Kotzebue,,person-after-rank,P1\r\n"
            + "text,0,34,41,LOCATION,Liên Xô,,countries,\r\n",
        entities.out());
    assertEquals(
        "doc,person_id,name,ranks,units,mentions,first_offset\r\n"
            + "text,P1,Albert Kotzebue,Trung úy,,1,9\r\n",
        persons.out());
  }

  @Test
  void excelPutsTheByteOrderMarkBeforeThePrintedTable() {
    CommandRun run = CommandRun.of("extract", "--text", KOTZEBUE, "--format", "csv", "--excel");
    assertEquals(
        "\uFEFFdoc,sentence,start,end,type,text,value,source,person_id\r\n", firstLine(run));
  }

  private static String firstLine(CommandRun run) {
    return run.out().substring(0, run.out().indexOf('\n') + 1);
  }

  @Test
  void conllPrintsTheNameThenTheColumns() {
    CommandRun run = CommandRun.of("extract", "--text", KOTZEBUE, "--format", "conll");
    assertEquals(
        "# doc = text\n"
            + "1\tTrung_úy\tN\tB-RANK\t_\t_\n"
            + "2\tAlbert_Kotzebue\tNNP\tB-PERSON\t_\t_\n"
            + "3\tgặp\tV\tO\t_\t_\n"
            + "4\tquân\tN\tO\t_\t_\n"
            + "5\tLiên_Xô\tNNP\tB-LOCATION\t_\t_\n"
            + "6\t.\t.\tO\t_\t_\n"
            + "\n",
        run.out());
  }

  @Test
  void conlluPrintsTheDocumentThenItsSentences() {
    CommandRun run = CommandRun.of("extract", "--text", KOTZEBUE, "--format", "conllu");
    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "# newdoc id = text\n"
            + "# sent_id = text-1\n"
            + "# text = Trung úy Albert Kotzebue gặp quân Liên Xô.\n"
            + "1\tTrung úy\t_\tNOUN\tN\t_\t_\t_\t_\tNER=B-RANK|TokenRange=0:8\n"
            + "2\tAlbert Kotzebue\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-PERSON|TokenRange=9:24\n"
            + "3\tgặp\t_\tVERB\tV\t_\t_\t_\t_\tNER=O|TokenRange=25:28\n"
            + "4\tquân\t_\tNOUN\tN\t_\t_\t_\t_\tNER=O|TokenRange=29:33\n"
            + "5\tLiên Xô\t_\tPROPN\tNNP\t_\t_\t_\t_\tNER=B-LOCATION|SpaceAfter=No|TokenRange=34:41\n"
            + "6\t.\t_\tPUNCT\t.\t_\t_\t_\t_\tNER=O|TokenRange=41:42\n"
            + "\n",
        run.out());
  }

  @Test
  void bratPrintsTheAnnotationsOfOneText() {
    CommandRun run = CommandRun.of("extract", "--text", KOTZEBUE, "--format", "brat");
    assertEquals(
        "T1\tRANK 0 8\tTrung úy\n"
            + "T2\tPERSON 9 24\tAlbert Kotzebue\n"
            + "T3\tLOCATION 34 41\tLiên Xô\n"
            + "T4\tMeet 25 28\tgặp\n"
            + "R1\tHasRank Arg1:T2 Arg2:T1\n"
            + "E1\tMeet:T4 Participant:T2 Participant2:T3\n",
        run.out());
  }

  @Test
  void aFolderPrintsOneLineADocumentNamedByItsRelativePath() throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("2023"));
    Files.createDirectories(corpus.resolve("2024"));
    Files.writeString(corpus.resolve("2023/article.txt"), GIAP);
    Files.writeString(corpus.resolve("2024/article.txt"), KOTZEBUE);

    CommandRun run = CommandRun.of("extract", corpus.toString(), "--format", "jsonl");

    assertEquals(0, run.exit(), run.err());
    List<String> names = new ArrayList<>();
    List<String> firstEntities = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : run.out().split("\n")) {
      JsonNode doc = json.readTree(line);
      names.add(doc.get("doc").asText());
      firstEntities.add(doc.get("entities").get(0).get("text").asText());
    }
    assertEquals(List.of("2023/article", "2024/article"), names);
    assertEquals(List.of("Đại tướng", "Trung úy"), firstEntities);
  }

  @Test
  void filesFromReadsAListOfPathsAndNamesEachByItsFileName() throws IOException {
    Path a = Files.writeString(Files.createDirectories(dir.resolve("x")).resolve("a.txt"), GIAP);
    Path b =
        Files.writeString(Files.createDirectories(dir.resolve("y")).resolve("b.txt"), KOTZEBUE);
    Path list = Files.writeString(dir.resolve("list"), b + "\n" + a + "\n");

    CommandRun fromFile =
        CommandRun.of("extract", "--files-from", list.toString(), "--format", "csv");
    CommandRun fromStdin =
        CommandRun.withInput(
            b + "\n" + a + "\n", "extract", "--files-from", "-", "--format", "csv");

    assertEquals(0, fromFile.exit(), fromFile.err());
    List<String> docs = new ArrayList<>();
    for (String row : fromFile.out().split("\r\n")) {
      docs.add(row.substring(0, row.indexOf(',')));
    }
    assertEquals(List.of("doc", "b", "b", "b", "a", "a", "a", "a"), docs);
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  void aBadFileIsReportedAndTheOthersStillPrinted() throws IOException {
    Path good = dir.resolve("good.txt");
    Files.writeString(good, KOTZEBUE);
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);

    CommandRun run = CommandRun.of("extract", empty.toString(), good.toString(), "--format", "csv");

    assertEquals(1, run.exit());
    assertEquals("vnie: skipped " + empty + ": file is empty (0 bytes)\n", run.err());
    assertEquals(4, run.out().split("\r\n").length, run.out());
    assertFalse(run.out().contains("empty"), run.out());
  }
}
