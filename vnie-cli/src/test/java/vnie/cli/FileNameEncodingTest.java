package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Run as {@code java -jar} under {@code LC_ALL=C}, vnie warns that Vietnamese file names are
 * misread (issue #20, fault 9); the launchers avoid it, which scripts/check-launchers.sh checks.
 */
class FileNameEncodingTest {
  @Test
  void theCLocaleOfLinuxIsWarnedOf() {
    assertEquals(
        Optional.of(
            // ASCII only: standard error is written in the locale's character set too.
            "warning: the locale's character set is ANSI_X3.4-1968, so file names beyond ASCII"
                + " (Vietnamese ones) are misread; run vnie through its launcher, or with"
                + " LC_ALL=C.UTF-8"),
        FileNameEncoding.warning("ANSI_X3.4-1968", '/'));
  }

  @Test
  void utf8AndWindowsAreNot() {
    assertEquals(Optional.empty(), FileNameEncoding.warning("UTF-8", '/'));
    assertEquals(Optional.empty(), FileNameEncoding.warning("utf8", '/'));
    assertEquals(Optional.empty(), FileNameEncoding.warning("Cp1252", '\\'));
  }
}
