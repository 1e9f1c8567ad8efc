package vnie.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The templates of one context generator, numbered in the order they are declared, so that a {@link
 * TemplatePerceptron} can find a template's features by its index. Filled once, in the static
 * initializer of the generator that declares them; read-only afterwards.
 */
public final class FeatureTemplates {
  private final List<FeatureTemplate> templates = new ArrayList<>();

  /** A feature without parts: always the string {@code feature}. */
  public FeatureTemplate constant(String feature) {
    return add(feature, 0, "");
  }

  /** {@code prefix} and one part. */
  public FeatureTemplate of(String prefix) {
    return add(prefix, 1, "");
  }

  /** {@code prefix} and {@code parts} parts joined by {@code separator}. */
  public FeatureTemplate of(String prefix, int parts, String separator) {
    return add(prefix, parts, separator);
  }

  /** The templates in their order. */
  public List<FeatureTemplate> all() {
    return List.copyOf(templates);
  }

  private FeatureTemplate add(String prefix, int parts, String separator) {
    FeatureTemplate template = new FeatureTemplate(templates.size(), prefix, parts, separator);
    templates.add(template);
    return template;
  }
}
