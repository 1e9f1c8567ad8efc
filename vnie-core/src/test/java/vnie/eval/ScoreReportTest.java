package vnie.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;
import vnie.core.EntityType;

class ScoreReportTest {
  @TempDir Path dir;

  @Test
  void tableOfTheExample() {
    assertEquals(
        "mode     type         TP    FP    FN      P      R     F1\n"
            + "strict   PERSON        1     0     0  1.000  1.000  1.000\n"
            + "strict   UNIT          0     1     0  0.000  0.000  0.000\n"
            + "strict   LOCATION      0     1     1  0.000  0.000  0.000\n"
            + "strict   DATE          1     0     0  1.000  1.000  1.000\n"
            + "strict   micro         2     2     1  0.500  0.667  0.571\n"
            + "strict   macro                        0.500  0.500  0.500\n"
            + "overlap  PERSON        1     0     0  1.000  1.000  1.000\n"
            + "overlap  UNIT          0     1     0  0.000  0.000  0.000\n"
            + "overlap  LOCATION      1     0     0  1.000  1.000  1.000\n"
            + "overlap  DATE          1     0     0  1.000  1.000  1.000\n"
            + "overlap  micro         3     1     0  0.750  1.000  0.857\n"
            + "overlap  macro                        0.750  0.750  0.750\n"
            + "DATE value accuracy: 0/1 = 0.000\n",
        ScoreReport.table(EntityScorerTest.example()));
  }

  @Test
  void decimalsUseAPointInAVietnameseLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("vi-VN"));
    try {
      EntityScores scores =
          new EntityScorer()
              .score(Examples.pair(List.of(Document.of("a", "")), List.of(Document.of("b", ""))));
      assertEquals(
          "mode     type         TP    FP    FN      P      R     F1\n"
              + "strict   micro         0     0     0  0.000  0.000  0.000\n"
              + "strict   macro                        0.000  0.000  0.000\n"
              + "overlap  micro         0     0     0  0.000  0.000  0.000\n"
              + "overlap  macro                        0.000  0.000  0.000\n"
              + "DATE value accuracy: 0/0 = 0.000\n"
              + "Not scored (no gold): b\n",
          ScoreReport.table(scores));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void scoresCsvHasOneRowPerTypeAverageAndTheValueAccuracy() throws Exception {
    StringWriter out = new StringWriter();
    ScoreReport.writeScoresCsv(EntityScorerTest.example(), out);
    assertEquals(
        "\uFEFFmode,type,tp,fp,fn,precision,recall,f1\r\n"
            + "strict,PERSON,1,0,0,1.000,1.000,1.000\r\n"
            + "strict,UNIT,0,1,0,0.000,0.000,0.000\r\n"
            + "strict,LOCATION,0,1,1,0.000,0.000,0.000\r\n"
            + "strict,DATE,1,0,0,1.000,1.000,1.000\r\n"
            + "strict,micro,2,2,1,0.500,0.667,0.571\r\n"
            + "strict,macro,,,,0.500,0.500,0.500\r\n"
            + "overlap,PERSON,1,0,0,1.000,1.000,1.000\r\n"
            + "overlap,UNIT,0,1,0,0.000,0.000,0.000\r\n"
            + "overlap,LOCATION,1,0,0,1.000,1.000,1.000\r\n"
            + "overlap,DATE,1,0,0,1.000,1.000,1.000\r\n"
            + "overlap,micro,3,1,0,0.750,1.000,0.857\r\n"
            + "overlap,macro,,,,0.750,0.750,0.750\r\n"
            + "value,DATE,0,1,,0.000,,\r\n",
        out.toString());
  }

  @Test
  void errorsCsvQuotesTextsThatNeedIt() throws Exception {
    String text = "Ông \"Ba\", Hà Nội";
    EntityScores scores =
        new EntityScorer()
            .score(
                Examples.of(
                    List.of(
                        EntityScorerTest.example(
                            "d",
                            text,
                            List.of(EntityScorerTest.mention(text, EntityType.PERSON, 4, 8)),
                            List.of(EntityScorerTest.mention(text, EntityType.PERSON, 4, 9))))));
    Path file = dir.resolve("errors.csv");
    ScoreReport.writeErrorsCsv(scores, file);
    assertEquals(
        "\uFEFFdoc,kind,type,start,end,text,other,context\r\n"
            + "d,FALSE_NEGATIVE,PERSON,4,8,\"\"\"Ba\"\"\",,\"Ông [[\"\"Ba\"\"]], Hà Nội\"\r\n"
            + "d,FALSE_POSITIVE,PERSON,4,9,\"\"\"Ba\"\",\",,\"Ông [[\"\"Ba\"\",]] Hà Nội\"\r\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
