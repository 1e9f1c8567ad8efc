package vnie.classify;

import java.util.Arrays;
import opennlp.tools.ml.model.Context;

/**
 * The weights of all features in one array, a record per feature: the number of outcomes it has
 * weights for, then each outcome (as a double, exactly) and its weight, in OpenNLP's order. One
 * array, so that a feature's weights sit in one or two cache lines. Used while building a {@link
 * TemplatePerceptron}.
 */
final class WeightRecords {
  private double[] data = new double[1024];
  private int size;

  /** Appends the weights of {@code context}; returns where its record starts. */
  int add(Context context) {
    int[] active = context.getOutcomes();
    double[] parameters = context.getParameters();
    int start = size;
    ensure(size + 1 + 2 * active.length);
    data[size++] = active.length;
    for (int k = 0; k < active.length; k++) {
      data[size++] = active[k];
      data[size++] = parameters[k];
    }
    return start;
  }

  double[] toArray() {
    return Arrays.copyOf(data, size);
  }

  private void ensure(int capacity) {
    if (capacity > data.length) {
      data = Arrays.copyOf(data, Math.max(capacity, 2 * data.length));
    }
  }
}
