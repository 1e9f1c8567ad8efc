package vnie.core;

/** The five entity types of the annotation guidelines. */
public enum EntityType {
  PERSON,
  RANK,
  UNIT,
  LOCATION,
  DATE;

  /** Parses a type name as written in brat files and CSV, e.g. {@code "UNIT"}. */
  public static EntityType parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
