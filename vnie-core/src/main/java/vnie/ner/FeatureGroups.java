package vnie.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The groups of features the entity model may use besides the token's own words and shapes:
 * gazetteer lists, word clusters, the rules' findings, what the rest of the document says of a word
 * ({@link DocumentMemory}), and the context of words and of capitalised runs (the words of the
 * segmentation next to the token's word; the words around a run of capitalised syllables, its
 * length and the token's place in it). The shipped model uses them all; the others are ablations,
 * and a model's manifest records which it was trained with.
 */
public record FeatureGroups(
    boolean gazetteers, boolean clusters, boolean rules, boolean document, boolean context) {
  /** The names of the groups, as options and manifests write them, in this order. */
  public static final List<String> NAMES =
      List.of("gazetteers", "clusters", "rules", "document", "context");

  /** Every group: the shipped model. */
  public static FeatureGroups all() {
    return new FeatureGroups(true, true, true, true, true);
  }

  /** The options as written in a model's manifest, e.g. {@code gazetteers,clusters,rules}. */
  public String manifestValue() {
    List<String> on = new ArrayList<>();
    if (gazetteers) {
      on.add("gazetteers");
    }
    if (clusters) {
      on.add("clusters");
    }
    if (rules) {
      on.add("rules");
    }
    if (document) {
      on.add("document");
    }
    if (context) {
      on.add("context");
    }
    return String.join(",", on);
  }

  /** The groups named in a manifest value. */
  public static FeatureGroups parse(String value) {
    List<String> on = value == null ? List.of() : List.of(value.split(","));
    return new FeatureGroups(
        on.contains("gazetteers"),
        on.contains("clusters"),
        on.contains("rules"),
        on.contains("document"),
        on.contains("context"));
  }
}
