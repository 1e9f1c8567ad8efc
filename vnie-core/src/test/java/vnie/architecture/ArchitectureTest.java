package vnie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of ARCHITECTURE.md between the packages of the library (vnie-core), checked
 * by ArchUnit on the library's classes. The rules between the library and the application are in
 * vnie-cli's tests.
 */
@AnalyzeClasses(packages = "vnie", importOptions = ImportOption.DoNotIncludeTests.class)
final class ArchitectureTest {
  private ArchitectureTest() {}

  /** The packages whose classes are pipeline stages or their parts. */
  static final String[] STAGE_PACKAGES = {
    "vnie.text..", "vnie.classify..", "vnie.segment..", "vnie.pos..", "vnie.ner..", "vnie.event.."
  };

  /** {@code core} is the vocabulary every other package shares; it needs none of them. */
  @ArchTest
  static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_VNIE =
      classes()
          .that()
          .resideInAPackage("vnie.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("vnie.core..", "java..")
          .because("core holds the records every stage shares and must stay free of them");

  /** Stages read and write documents; files and scores are someone else's job. */
  @ArchTest
  static final ArchRule STAGES_DO_NOT_KNOW_IO_OR_EVAL =
      noClasses()
          .that()
          .resideInAnyPackage(STAGE_PACKAGES)
          .or()
          .resideInAPackage("vnie.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vnie.io..", "vnie.eval..")
          .because("a stage must run the same inside the CLI, a library user or a cluster job");

  /** The facade {@code vnie.Vnie} assembles the stages, so a stage using it would be a cycle. */
  @ArchTest
  static final ArchRule STAGES_DO_NOT_USE_THE_FACADE =
      noClasses()
          .that()
          .resideInAnyPackage(STAGE_PACKAGES)
          .or()
          .resideInAnyPackage("vnie.pipeline..", "vnie.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vnie")
          .because("vnie.Vnie depends on every stage package");

  /**
   * The rule pack's loader reads files and knows no rule: the rules read their lists from it, never
   * the other way round.
   */
  @ArchTest
  static final ArchRule RULE_PACK_KNOWS_NO_RULE =
      classes()
          .that()
          .resideInAPackage("vnie.rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("vnie.rules..", "vnie.core..", "vnie.text..", "java..");

  /** Packages form a directed graph. */
  @ArchTest
  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("vnie.(*)..").should().beFreeOfCycles();
}
