package vnie.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules themselves catch a forbidden import, so a passing ArchitectureTest means something. */
class ArchitectureRulesTest {
  private static JavaClasses fixture(String className) throws ClassNotFoundException {
    return new ClassFileImporter().importClasses(Class.forName(className));
  }

  @Test
  void coreUsingIoIsAViolation() throws Exception {
    EvaluationResult result =
        ArchitectureTest.CORE_DEPENDS_ON_NOTHING_OF_VNIE.evaluate(
            fixture("vnie.core.ForbiddenDependencyFixture"));
    assertTrue(result.hasViolation());
    assertTrue(
        result.getFailureReport().toString().contains("vnie.io.AtomicFiles"),
        result.getFailureReport().toString());
  }

  @Test
  void aCleanStageIsNoViolation() throws Exception {
    JavaClasses clean = fixture("vnie.ner.MentionMerger");
    assertFalse(ArchitectureTest.STAGES_DO_NOT_KNOW_IO_OR_EVAL.evaluate(clean).hasViolation());
    assertFalse(ArchitectureTest.STAGES_DO_NOT_USE_THE_FACADE.evaluate(clean).hasViolation());
  }
}
