package vnie.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * A trained entity model as an OpenNLP model file: a zip with the OpenNLP manifest (which records
 * the features it was trained with, {@code vnie.features}) and the perceptron that labels each
 * token ({@code entities.model}). Immutable.
 */
public final class EntityModel extends BaseModel {
  /** The name of the file in a models folder and in the jar. */
  public static final String FILE_NAME = "entities.bin";

  private static final String COMPONENT = "VnieEntityTagger";
  private static final String CLASSIFIER_ENTRY = "entities.model";
  static final String FEATURES_ENTRY = "vnie.features";

  /** A new model from a trained classifier, with its manifest entries. */
  EntityModel(MaxentModel classifier, Map<String, String> manifestEntries) {
    super(COMPONENT, "vi", manifestEntries);
    artifactMap.put(CLASSIFIER_ENTRY, classifier);
    checkArtifactMap();
  }

  /** Reads a model written by {@link #serialize(java.io.OutputStream)}. */
  public EntityModel(InputStream in) throws IOException {
    super(COMPONENT, in);
  }

  /** Reads a model file. */
  public EntityModel(Path file) throws IOException {
    super(COMPONENT, file);
  }

  MaxentModel classifier() {
    return getArtifact(CLASSIFIER_ENTRY);
  }

  FeatureGroups features() {
    return FeatureGroups.parse(getManifestProperty(FEATURES_ENTRY));
  }

  @Override
  protected void validateArtifactMap() throws InvalidFormatException {
    super.validateArtifactMap();
    if (!(artifactMap.get(CLASSIFIER_ENTRY) instanceof MaxentModel model)) {
      throw new InvalidFormatException("entity model has no " + CLASSIFIER_ENTRY);
    }
    if (model.getIndex(EntityFeatures.OUTSIDE) < 0) {
      throw new InvalidFormatException("entity model has no outcome " + EntityFeatures.OUTSIDE);
    }
  }
}
