package vnie.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's own classes follow the dependency rules of ARCHITECTURE.md. */
class ArchitectureTest {
  private static JavaClasses vnie;

  @BeforeAll
  static void importMainClasses() {
    vnie =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vnie");
  }

  @Test
  void coreDependsOnNothingOfVnie() {
    ArchitectureRules.CORE_DEPENDS_ON_NOTHING_OF_VNIE.check(vnie);
  }

  @Test
  void stagesDoNotKnowIoOrEval() {
    ArchitectureRules.STAGES_DO_NOT_KNOW_IO_OR_EVAL.check(vnie);
  }

  @Test
  void stagesDoNotUseTheFacade() {
    ArchitectureRules.STAGES_DO_NOT_USE_THE_FACADE.check(vnie);
  }

  @Test
  void noCyclesBetweenPackages() {
    ArchitectureRules.NO_CYCLES_BETWEEN_PACKAGES.check(vnie);
  }
}
