package vnie.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classes of both modules (vnie-core comes on this module's class path) follow the rules of
 * ARCHITECTURE.md between the library and the application.
 */
class ApplicationArchitectureTest {
  private static JavaClasses vnie;

  @BeforeAll
  static void importMainClasses() {
    vnie =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vnie");
  }

  @Test
  void theLibraryKnowsNoApplication() {
    ApplicationRules.THE_LIBRARY_KNOWS_NO_APPLICATION.check(vnie);
  }

  @Test
  void onlyCliKnowsPicocli() {
    ApplicationRules.ONLY_CLI_KNOWS_PICOCLI.check(vnie);
  }

  @Test
  void reportRendersFromCoreEvalAndIo() {
    ApplicationRules.REPORT_RENDERS_FROM_CORE_EVAL_AND_IO.check(vnie);
  }

  @Test
  void serveDoesNotKnowCliOrEval() {
    ApplicationRules.SERVE_DOES_NOT_KNOW_CLI_OR_EVAL.check(vnie);
  }

  @Test
  void onlyServeKnowsTheHttpServer() {
    ApplicationRules.ONLY_SERVE_KNOWS_THE_HTTP_SERVER.check(vnie);
  }

  @Test
  void onlyReportKnowsTheTemplateEngine() {
    ApplicationRules.ONLY_REPORT_KNOWS_THE_TEMPLATE_ENGINE.check(vnie);
  }

  @Test
  void onlyServeKnowsJackson() {
    ApplicationRules.ONLY_SERVE_KNOWS_JACKSON.check(vnie);
  }

  @Test
  void noCyclesBetweenPackages() {
    ApplicationRules.NO_CYCLES_BETWEEN_PACKAGES.check(vnie);
  }
}
