package vnie.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules catch a forbidden import, so a passing ApplicationArchitectureTest means something. */
class ApplicationRulesTest {
  private static JavaClasses fixture(String className) throws ClassNotFoundException {
    return new ClassFileImporter().importClasses(Class.forName(className));
  }

  /** A stage using picocli breaks both rules that keep the library free of the application. */
  @ParameterizedTest(name = "{0} violates: {1}")
  @CsvSource({"vnie.ner.PicocliInStageFixture, true", "vnie.ner.RuleNerStage, false"})
  void aStageUsingPicocliIsAViolationAndACleanStageIsNone(String className, boolean violates)
      throws Exception {
    JavaClasses stage = fixture(className);
    assertEquals(
        violates,
        ApplicationArchitectureTest.ONLY_CLI_KNOWS_PICOCLI.evaluate(stage).hasViolation());
    assertEquals(
        violates,
        ApplicationArchitectureTest.THE_LIBRARY_KNOWS_NO_APPLICATION
            .evaluate(stage)
            .hasViolation());
  }

  @Test
  void aReportRunningThePipelineIsAViolation() throws Exception {
    EvaluationResult result =
        ApplicationArchitectureTest.REPORT_RENDERS_FROM_CORE_EVAL_AND_IO.evaluate(
            fixture("vnie.report.PipelineInReportFixture"));
    assertTrue(result.hasViolation());
    assertTrue(
        result.getFailureReport().toString().contains("vnie.Vnie"),
        result.getFailureReport().toString());
  }

  @Test
  void aBatchPrintingItsOwnCsvRowsIsAViolation() throws Exception {
    assertTrue(
        ApplicationArchitectureTest.ONLY_IO_AND_EVAL_WRITE_CSV
            .evaluate(fixture("vnie.batch.CsvInBatchFixture"))
            .hasViolation());
    assertFalse(
        ApplicationArchitectureTest.ONLY_IO_AND_EVAL_WRITE_CSV
            .evaluate(fixture("vnie.batch.DocumentWorker"))
            .hasViolation());
  }
}
