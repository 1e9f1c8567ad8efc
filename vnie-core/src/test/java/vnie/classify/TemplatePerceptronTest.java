package vnie.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

/** Template look-ups give OpenNLP's own sums and probabilities, to the last bit. */
class TemplatePerceptronTest {
  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate BIAS = TEMPLATES.constant("bias");
  private static final FeatureTemplate WORD = TEMPLATES.of("w=");
  private static final FeatureTemplate PAIR = TEMPLATES.of("b=", 2, "|");
  private static final FeatureTemplate TRIPLE = TEMPLATES.of("t=", 3, "|");
  private static final FeatureTemplate JOINED = TEMPLATES.of("s=", 2, "");

  private static final String[] FEATURES = {
    "bias", "w=a", "w=|", "b=a|b", "b=a||b", "b=||", "t=x|y|z", "t=x||y|z", "s=Aa", "s=A", "other=a"
  };

  /** Weights with many exact ties and values that do not add up exactly in floating point. */
  private static final PerceptronModel MODEL =
      new PerceptronModel(
          new Context[] {
            new Context(new int[] {0, 1, 2}, new double[] {0.1, 0.2, 0.3}),
            new Context(new int[] {0}, new double[] {0.7}),
            new Context(new int[] {1}, new double[] {-1.5}),
            new Context(new int[] {2, 0}, new double[] {1e-17, 3.3}),
            new Context(new int[] {1}, new double[] {2}),
            new Context(new int[] {2}, new double[] {0.3}),
            new Context(new int[] {0, 2}, new double[] {-0.1, 7}),
            new Context(new int[] {1}, new double[] {1.1}),
            new Context(new int[] {0, 1}, new double[] {2.2, 2.2}),
            new Context(new int[] {2}, new double[] {5}),
            new Context(new int[] {0}, new double[] {100}),
          },
          FEATURES,
          new String[] {"X", "Y", "Z"});

  private static final TemplatePerceptron COMPILED =
      TemplatePerceptron.of(MODEL, TEMPLATES.all()).orElseThrow();

  private static void assertSameAsOpenNlp(Consumer<FeatureSink> features) {
    FeatureStrings strings = new FeatureStrings();
    features.accept(strings);
    TemplatePerceptron.Scores scores = COMPILED.scores();
    features.accept(scores);
    double[] expected = MODEL.eval(strings.toArray());
    assertArrayEquals(expected, TemplatePerceptron.probabilities(scores.sums()));
  }

  @Test
  void partsThatHoldTheSeparatorFindTheirFeatureWhereverTheCutFalls() {
    assertSameAsOpenNlp(out -> out.add(PAIR, "a", "|b"));
    assertSameAsOpenNlp(out -> out.add(PAIR, "a|", "b"));
    assertSameAsOpenNlp(out -> out.add(PAIR, "|", ""));
    assertSameAsOpenNlp(out -> out.add(PAIR, "", "|"));
    assertSameAsOpenNlp(out -> out.add(TRIPLE, "x|", "y", "z"));
    assertSameAsOpenNlp(out -> out.add(TRIPLE, "x", "|y", "z"));
    assertSameAsOpenNlp(out -> out.add(WORD, "|"));
  }

  @Test
  void aContextSumsAsOpenNlpSumsIt() {
    assertSameAsOpenNlp(
        out -> {
          out.add(BIAS);
          out.add(WORD, "a");
          out.add(WORD, "unknown");
          out.add(PAIR, "a", "b");
          out.add(TRIPLE, "x", "y", "z");
          out.add(JOINED, "A", "a");
          out.add(JOINED, "", "A");
          out.add(BIAS);
        });
    assertSameAsOpenNlp(out -> out.add(JOINED, "Aa", ""));
    assertSameAsOpenNlp(out -> out.add(PAIR, "b", "a"));
    assertSameAsOpenNlp(out -> {});
  }

  @Test
  void featuresOfNoTemplateAreNeverFound() {
    TemplatePerceptron.Scores scores = COMPILED.scores();
    scores.add(WORD, "other=a");
    scores.add(TRIPLE, "x", "y", "");
    assertArrayEquals(new double[3], scores.sums());
    assertEquals(List.of("X", "Y", "Z"), COMPILED.outcomes());
  }

  @Test
  void featureStringsAreThePrefixAndThePartsJoined() {
    FeatureStrings strings = new FeatureStrings();
    strings.add(BIAS);
    strings.add(WORD, "a");
    strings.add(PAIR, "a", "b");
    strings.add(TRIPLE, "x", "y", "z");
    strings.add(JOINED, "A", "a");
    assertArrayEquals(new String[] {"bias", "w=a", "b=a|b", "t=x|y|z", "s=Aa"}, strings.toArray());
  }

  @Test
  void sumsClearlyApartKeepTheirOrderInProbability() {
    double[] sums = {1_000_000, 1_000_000 + 1e-4, 1_000_000 + 1e-2};
    double scale = TemplatePerceptron.scale(sums);
    assertFalse(TemplatePerceptron.clearlyAbove(sums[1], sums[0], scale));
    assertTrue(TemplatePerceptron.clearlyAbove(sums[2], sums[0], scale));
    double[] p = TemplatePerceptron.probabilities(sums);
    assertTrue(p[2] > p[0]);
    assertEquals(1.0, TemplatePerceptron.scale(new double[] {0.5, -0.25}));
  }
}
