package vnie.core;

import vnie.io.AtomicFiles;

/**
 * A deliberate violation for ArchitectureRulesTest: a class in {@code core} that uses {@code io}.
 * It lives in the test sources, which the architecture test of the real code does not import.
 */
final class ForbiddenDependencyFixture {
  private ForbiddenDependencyFixture() {}

  static String uses() {
    return AtomicFiles.class.getSimpleName();
  }
}
