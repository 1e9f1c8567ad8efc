package vnie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of ARCHITECTURE.md, as ArchUnit rules. */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The packages whose classes are pipeline stages or their parts. */
  static final String[] STAGE_PACKAGES = {
    "vnie.text..", "vnie.classify..", "vnie.segment..", "vnie.pos..", "vnie.ner..", "vnie.event.."
  };

  /** {@code core} is the vocabulary every other package shares; it needs none of them. */
  static final ArchRule CORE_DEPENDS_ON_NOTHING_OF_VNIE =
      classes()
          .that()
          .resideInAPackage("vnie.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("vnie.core..", "java..")
          .because("core holds the records every stage shares and must stay free of them");

  /** Stages read and write documents; files and the command line are someone else's job. */
  static final ArchRule STAGES_DO_NOT_KNOW_CLI_OR_IO =
      noClasses()
          .that()
          .resideInAnyPackage(STAGE_PACKAGES)
          .or()
          .resideInAPackage("vnie.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vnie.cli..", "vnie.io..", "vnie.eval..")
          .because("a stage must run the same inside the CLI, a library user or a cluster job");

  /** The facade {@code vnie.Vnie} assembles the stages, so a stage using it would be a cycle. */
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

  /** Only the command line knows picocli, so the library carries no CLI concerns. */
  static final ArchRule ONLY_CLI_KNOWS_PICOCLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("vnie.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("picocli is the CLI's business");

  /**
   * The report renders files that already exist: it reads tables and scores them, and never runs
   * the pipeline, serves requests or parses a command line.
   */
  static final ArchRule REPORT_RENDERS_FROM_CORE_EVAL_AND_IO =
      classes()
          .that()
          .resideInAPackage("vnie.report..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("vnie.report..", "vnie.core..", "vnie.eval..", "vnie.io..", "java..")
          .because("the report and the local page share one renderer that needs nothing else");

  /** The web server is one front end among others; the command line only starts it. */
  static final ArchRule SERVE_DOES_NOT_KNOW_CLI_OR_EVAL =
      noClasses()
          .that()
          .resideInAPackage("vnie.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("vnie.cli..", "vnie.eval..", "vnie.train..")
          .because(
              "serving pasted text needs the pipeline and the renderer, not scores or picocli");

  /** Only the server package touches the JDK's HTTP server. */
  static final ArchRule ONLY_SERVE_KNOWS_THE_HTTP_SERVER =
      noClasses()
          .that()
          .resideOutsideOfPackage("vnie.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.sun.net.httpserver..")
          .because("HTTP is the server's business");

  /** Packages form a directed graph. */
  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("vnie.(*)..").should().beFreeOfCycles();
}
