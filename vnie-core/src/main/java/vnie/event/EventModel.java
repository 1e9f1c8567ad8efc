package vnie.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * The trained event and relation models as one OpenNLP model file: a zip with the OpenNLP manifest
 * and three perceptrons, one labelling trigger tokens ({@code triggers.model}), one giving a
 * mention's role in an event ({@code arguments.model}), one giving the relation between a person
 * and a rank or unit ({@code relations.model}). The manifest records the trigger labeller's outside
 * bias ({@code vnie.triggerOutsideBias}, see {@link vnie.classify.GreedyBioDecoder}), tuned on
 * development data when the model is trained. Immutable.
 */
public final class EventModel extends BaseModel {
  /** The name of the file in a models folder and in the jar. */
  public static final String FILE_NAME = "events.bin";

  private static final String COMPONENT = "VnieEventModels";
  static final String TRIGGERS = "triggers.model";
  static final String ARGUMENTS = "arguments.model";
  static final String RELATIONS = "relations.model";
  static final String TRIGGER_OUTSIDE_BIAS = "vnie.triggerOutsideBias";
  private static final String[] MANIFEST_KEYS = {
    "vnie.trainingDocuments", "vnie.iterations", TRIGGER_OUTSIDE_BIAS
  };

  EventModel(
      MaxentModel triggers,
      MaxentModel arguments,
      MaxentModel relations,
      Map<String, String> manifestEntries) {
    super(COMPONENT, "vi", manifestEntries);
    artifactMap.put(TRIGGERS, triggers);
    artifactMap.put(ARGUMENTS, arguments);
    artifactMap.put(RELATIONS, relations);
    checkArtifactMap();
  }

  /** Reads a model written by {@link #serialize(java.io.OutputStream)}. */
  public EventModel(InputStream in) throws IOException {
    super(COMPONENT, in);
  }

  /** Reads a model file. */
  public EventModel(Path file) throws IOException {
    super(COMPONENT, file);
  }

  MaxentModel classifier(String entry) {
    return getArtifact(entry);
  }

  /** The score subtracted from the trigger labeller's {@code O}; 0 in models that record none. */
  public double triggerOutsideBias() {
    String value = getManifestProperty(TRIGGER_OUTSIDE_BIAS);
    return value == null ? 0 : Double.parseDouble(value);
  }

  /** This model with the trigger labeller's outside bias set to {@code bias}. */
  public EventModel withTriggerOutsideBias(double bias) {
    Map<String, String> manifest = new HashMap<>();
    for (String key : MANIFEST_KEYS) {
      String value = getManifestProperty(key);
      if (value != null) {
        manifest.put(key, value);
      }
    }
    manifest.put(TRIGGER_OUTSIDE_BIAS, Double.toString(bias));
    return new EventModel(
        classifier(TRIGGERS), classifier(ARGUMENTS), classifier(RELATIONS), manifest);
  }

  @Override
  protected void validateArtifactMap() throws InvalidFormatException {
    super.validateArtifactMap();
    for (String entry : new String[] {TRIGGERS, ARGUMENTS, RELATIONS}) {
      if (!(artifactMap.get(entry) instanceof MaxentModel)) {
        throw new InvalidFormatException("event model has no " + entry);
      }
    }
    String bias = getManifestProperty(TRIGGER_OUTSIDE_BIAS);
    if (bias != null && !isNumber(bias)) {
      throw new InvalidFormatException(
          TRIGGER_OUTSIDE_BIAS + " in the event model's manifest is not a number: " + bias);
    }
  }

  private static boolean isNumber(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
