package vnie.classify;

/**
 * A family of features: a fixed prefix followed by {@code parts} strings joined by {@code
 * separator}, such as {@code "b=" + left + "|" + right}. A template with no parts is a single
 * feature, its prefix. Templates come from {@link FeatureTemplates}, which numbers them.
 *
 * @param index the template's position in its {@link FeatureTemplates}
 * @param prefix the text before the first part
 * @param parts how many strings follow the prefix (0 to 3)
 * @param separator the text between two parts, possibly empty
 */
public record FeatureTemplate(int index, String prefix, int parts, String separator) {
  /** The most parts a template may have; {@link FeatureSink} has a method for each count. */
  static final int MAX_PARTS = 3;

  public FeatureTemplate {
    if (parts < 0 || parts > MAX_PARTS) {
      throw new IllegalArgumentException("a template has 0 to 3 parts, not " + parts);
    }
  }
}
