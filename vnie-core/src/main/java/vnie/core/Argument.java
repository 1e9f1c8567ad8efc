package vnie.core;

/** An event argument: a role filled by an entity mention. */
public record Argument(String role, Mention filler) {
  public Argument {
    if (role == null || role.isBlank() || filler == null) {
      throw new IllegalArgumentException("incomplete argument");
    }
  }
}
