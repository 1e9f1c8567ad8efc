package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexed full names agree with {@link PersonStage#isShortFormOf} applied to every pair. */
class FullNamesTest {
  private static final List<String> WORDS = List.of("Lê", "Văn", "An", "John", "J.", "Carter");

  @Test
  void fullNamesAndTheNamesAShortFormFitsAreThoseOfThePairwiseRule() {
    Random random = new Random(18);
    Set<List<String>> forms = new LinkedHashSet<>();
    while (forms.size() < 300) {
      forms.add(randomName(random));
    }
    FullNames index = new FullNames(forms);
    List<List<String>> full =
        forms.stream()
            .filter(f -> forms.stream().noneMatch(g -> PersonStage.isShortFormOf(f, g)))
            .toList();

    for (List<String> f : forms) {
      assertEquals(full.contains(f), index.contains(f), f.toString());
      assertEquals(
          full.stream().filter(g -> PersonStage.isShortFormOf(f, g)).toList(),
          index.fitting(f),
          f.toString());
    }
  }

  @Test
  void aFamilyNameFitsEveryFullNameEndingWithIt() {
    FullNames index =
        new FullNames(
            List.of(List.of("John", "Carter"), List.of("Mary", "Carter"), List.of("Carter")));

    assertEquals(
        List.of(List.of("John", "Carter"), List.of("Mary", "Carter")),
        index.fitting(List.of("Carter")));
  }

  private static List<String> randomName(Random random) {
    List<String> name = new ArrayList<>();
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      name.add(WORDS.get(random.nextInt(WORDS.size())));
    }
    return List.copyOf(name);
  }
}
