package vnie.classify;

/**
 * Receives the features of one decision, each as a template and its parts, in a fixed order. A
 * context generator writes its features once, to this interface: {@link FeatureStrings} turns them
 * into OpenNLP's feature strings (training, and OpenNLP's own decoding), a {@link
 * TemplatePerceptron.Scores} adds up their weights without building any string. Both therefore see
 * the same features in the same order.
 */
public interface FeatureSink {
  /** A feature without parts. */
  void add(FeatureTemplate template);

  /** A feature of one part. */
  void add(FeatureTemplate template, String part);

  /** A feature of two parts. */
  void add(FeatureTemplate template, String first, String second);

  /** A feature of three parts. */
  void add(FeatureTemplate template, String first, String second, String third);
}
