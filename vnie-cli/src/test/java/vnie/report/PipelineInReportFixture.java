package vnie.report;

import vnie.Vnie;

/** A deliberate violation for ApplicationRulesTest: the report must not run the pipeline. */
final class PipelineInReportFixture {
  private PipelineInReportFixture() {}

  static int mentions(String text) {
    return Vnie.create().process(text).mentions().size();
  }
}
