package vnie.serve;

/** A request the server refuses, with the HTTP status and the message the client gets as JSON. */
final class HttpProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
