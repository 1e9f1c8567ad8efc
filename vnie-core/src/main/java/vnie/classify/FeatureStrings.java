package vnie.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects features as OpenNLP's strings: the template's prefix and its parts joined by its
 * separator. One instance per context; not thread-safe.
 */
public final class FeatureStrings implements FeatureSink {
  private final List<String> features = new ArrayList<>(32);

  @Override
  public void add(FeatureTemplate template) {
    check(template, 0);
    features.add(template.prefix());
  }

  @Override
  public void add(FeatureTemplate template, String part) {
    check(template, 1);
    features.add(template.prefix() + part);
  }

  @Override
  public void add(FeatureTemplate template, String first, String second) {
    check(template, 2);
    features.add(template.prefix() + first + template.separator() + second);
  }

  @Override
  public void add(FeatureTemplate template, String first, String second, String third) {
    check(template, 3);
    String separator = template.separator();
    features.add(template.prefix() + first + separator + second + separator + third);
  }

  /** The features so far, in the order they came. */
  public String[] toArray() {
    return features.toArray(new String[0]);
  }

  private static void check(FeatureTemplate template, int parts) {
    if (template.parts() != parts) {
      throw new IllegalArgumentException(
          template.prefix() + " takes " + template.parts() + " parts, not " + parts);
    }
  }
}
