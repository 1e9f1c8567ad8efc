package vnie.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dependency rules of ARCHITECTURE.md between the library (vnie-core) and the application
 * (vnie-cli), and between the application's packages, checked by ArchUnit on the classes of both
 * modules (vnie-core comes on this module's class path). The rules between the library's own
 * packages are in vnie-core's tests.
 */
@AnalyzeClasses(packages = "vnie", importOptions = ImportOption.DoNotIncludeTests.class)
final class ApplicationArchitectureTest {
  private ApplicationArchitectureTest() {}

  /** The packages of the application module. */
  static final String[] APPLICATION_PACKAGES = {
    "vnie.cli..", "vnie.batch..", "vnie.report..", "vnie.serve.."
  };

  /** The libraries only the application may use. */
  static final String[] APPLICATION_LIBRARIES = {
    "picocli..", "com.fasterxml.jackson..", "gg.jte..", "com.sun.net.httpserver.."
  };

  /**
   * The library knows nothing of the application: its users get neither the command line nor its
   * libraries.
   */
  @ArchTest
  static final ArchRule THE_LIBRARY_KNOWS_NO_APPLICATION =
      noClasses()
          .that()
          .resideOutsideOfPackages(APPLICATION_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION_PACKAGES)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION_LIBRARIES)
          .because("vnie-core is a library: a Java user gets the pipeline, not vnie's application");

  /** Only the command line knows picocli, so the library carries no CLI concerns. */
  @ArchTest
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
  @ArchTest
  static final ArchRule REPORT_RENDERS_FROM_CORE_EVAL_AND_IO =
      classes()
          .that()
          .resideInAPackage("vnie.report..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "vnie.report..", "vnie.core..", "vnie.eval..", "vnie.io..", "gg.jte..", "java..")
          .because("the report and the local page share one renderer that needs nothing else");

  /**
   * HTML is written by templates, which jte compiles and escapes: no other package writes markup or
   * uses the engine.
   */
  @ArchTest
  static final ArchRule ONLY_REPORT_KNOWS_THE_TEMPLATE_ENGINE =
      noClasses()
          .that()
          .resideOutsideOfPackage("vnie.report..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("gg.jte..")
          .because("every page is a template of vnie.report, escaped by jte where it stands");

  /** The web server is one front end among others; the command line only starts it. */
  @ArchTest
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
  @ArchTest
  static final ArchRule ONLY_SERVE_KNOWS_THE_HTTP_SERVER =
      noClasses()
          .that()
          .resideOutsideOfPackage("vnie.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.sun.net.httpserver..")
          .because("HTTP is the server's business");

  /** JSON is the server's format: only it reads and writes JSON, through Jackson. */
  @ArchTest
  static final ArchRule ONLY_SERVE_KNOWS_JACKSON =
      noClasses()
          .that()
          .resideOutsideOfPackage("vnie.serve..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because("the tables are CSV and the report HTML; JSON is the server's API");

  /**
   * Every table vnie writes is defined once, in the library: the result tables in {@code vnie.io}
   * ({@code ResultTable}: file, header, a document's rows), the score reports in {@code vnie.eval}.
   * The batch, the server and the commands write them through those definitions, never row by row.
   */
  @ArchTest
  static final ArchRule ONLY_IO_AND_EVAL_WRITE_CSV =
      noClasses()
          .that()
          .resideOutsideOfPackages("vnie.io..", "vnie.eval..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.commons.csv..")
          .because(
              "a table defined twice drifts: vnie extract, the Spark job and the server must"
                  + " write the same bytes");

  /** Packages form a directed graph, across both modules. */
  @ArchTest
  static final ArchRule NO_CYCLES_BETWEEN_PACKAGES =
      slices().matching("vnie.(*)..").should().beFreeOfCycles();

  /**
   * Every CSV record vnie writes goes through {@code SpreadsheetCsv.printRow}, which neutralises
   * text cells a spreadsheet would run as formulas; a table printing its records itself would
   * bypass it.
   */
  @ArchTest
  static final ArchRule CSV_RECORDS_GO_THROUGH_SPREADSHEET_CSV =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("vnie.io.SpreadsheetCsv")
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "a print method of CSVPrinter",
                  (JavaMethodCall call) ->
                      call.getTargetOwner().isAssignableTo(CSVPrinter.class)
                          && call.getName().startsWith("print")))
          .because("SpreadsheetCsv.printRow neutralises cells that start like a formula");
}
