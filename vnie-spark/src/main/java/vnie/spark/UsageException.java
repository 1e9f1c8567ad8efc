package vnie.spark;

/** A run that cannot start as asked (no input there, an output that exists); said to the user. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
