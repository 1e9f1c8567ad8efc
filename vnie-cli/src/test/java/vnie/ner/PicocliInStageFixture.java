package vnie.ner;

import picocli.CommandLine;

/** A deliberate violation for ApplicationRulesTest: a stage package that uses picocli. */
final class PicocliInStageFixture {
  private PicocliInStageFixture() {}

  static String uses() {
    return CommandLine.class.getSimpleName();
  }
}
