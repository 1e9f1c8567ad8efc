package vnie.core;

/** The relations of the annotation guidelines, with the entity types of their arguments. */
public enum RelationType {
  /** A person holds a rank or title: Arg1 PERSON, Arg2 RANK. */
  HasRank(EntityType.PERSON, EntityType.RANK),
  /** A person commands a unit: Arg1 PERSON, Arg2 UNIT. */
  Commands(EntityType.PERSON, EntityType.UNIT);

  private final EntityType arg1;
  private final EntityType arg2;

  RelationType(EntityType arg1, EntityType arg2) {
    this.arg1 = arg1;
    this.arg2 = arg2;
  }

  public EntityType arg1() {
    return arg1;
  }

  public EntityType arg2() {
    return arg2;
  }
}
