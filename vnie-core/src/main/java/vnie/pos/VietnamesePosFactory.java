package vnie.pos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * The OpenNLP tagger factory of vnie's POS models: the default factory with {@link
 * WordShapeContext} as context generator. OpenNLP records this class in the model's manifest and
 * creates it again when the model is loaded, so it needs its public no-argument constructor.
 *
 * <p>A model trained with ambiguity classes says so in its manifest ({@value #FEATURES_ENTRY} =
 * {@value #AMBIGUITY_CLASSES}); its classes come from its tag dictionary, so the model needs no
 * other entry. A model without that line (trained before) gets the features it was trained with.
 */
public class VietnamesePosFactory extends POSTaggerFactory {
  /** The manifest entry naming the feature sets beyond the first. */
  static final String FEATURES_ENTRY = "vnie.pos.features";

  /** The value of {@link #FEATURES_ENTRY} for ambiguity-class features. */
  static final String AMBIGUITY_CLASSES = "ambiguity-classes";

  // Set for training only: the classes of each jackknife fold, and whether to use classes.
  private List<AmbiguityClasses> folds = List.of();
  private boolean trainsClasses;
  private volatile AmbiguityClasses classes;

  public VietnamesePosFactory() {}

  /**
   * The factory of a model to train with ambiguity classes: a training sentence marked with fold k
   * takes its classes from {@code folds.get(k)}, any other (auxiliary corpora) from the tag
   * dictionary.
   */
  static VietnamesePosFactory withAmbiguityClasses(List<AmbiguityClasses> folds) {
    VietnamesePosFactory factory = new VietnamesePosFactory();
    factory.folds = List.copyOf(folds);
    factory.trainsClasses = true;
    return factory;
  }

  /** Whether the model has ambiguity-class features. */
  boolean hasAmbiguityClasses() {
    return trainsClasses
        || (artifactProvider != null
            && AMBIGUITY_CLASSES.equals(artifactProvider.getManifestProperty(FEATURES_ENTRY)));
  }

  /** The model's ambiguity classes from its tag dictionary, or null when it has none. */
  AmbiguityClasses ambiguityClasses() {
    if (!hasAmbiguityClasses()) {
      return null;
    }
    AmbiguityClasses made = classes;
    if (made == null) {
      // Made once per factory; two threads at worst both make equal ones.
      made = AmbiguityClasses.of(getTagDictionary());
      classes = made;
    }
    return made;
  }

  @Override
  public Map<String, String> createManifestEntries() {
    Map<String, String> entries = new HashMap<>(super.createManifestEntries());
    if (trainsClasses) {
      entries.put(FEATURES_ENTRY, AMBIGUITY_CLASSES);
    }
    return entries;
  }

  @Override
  public POSContextGenerator getPOSContextGenerator() {
    return new WordShapeContext(ambiguityClasses(), folds);
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    return getPOSContextGenerator();
  }
}
