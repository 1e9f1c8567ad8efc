package vnie.cli;

/**
 * A command was given an argument it cannot use (a folder that is not there, a value out of range),
 * found after picocli parsed it; the command line reports the message and exits with 2, as for any
 * bad usage. The message says what is wrong and what to give instead.
 */
final class BadUsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  BadUsageException(String message) {
    super(message);
  }
}
