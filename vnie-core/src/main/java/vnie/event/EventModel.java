package vnie.event;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * The trained event and relation models as one OpenNLP model file: a zip with the OpenNLP manifest
 * and three perceptrons, one labelling trigger tokens ({@code triggers.model}), one giving a
 * mention's role in an event ({@code arguments.model}), one giving the relation between a person
 * and a rank or unit ({@code relations.model}). Immutable.
 */
public final class EventModel extends BaseModel {
  /** The name of the file in a models folder and in the jar. */
  public static final String FILE_NAME = "events.bin";

  private static final String COMPONENT = "VnieEventModels";
  static final String TRIGGERS = "triggers.model";
  static final String ARGUMENTS = "arguments.model";
  static final String RELATIONS = "relations.model";

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

  @Override
  protected void validateArtifactMap() throws InvalidFormatException {
    super.validateArtifactMap();
    for (String entry : new String[] {TRIGGERS, ARGUMENTS, RELATIONS}) {
      if (!(artifactMap.get(entry) instanceof MaxentModel)) {
        throw new InvalidFormatException("event model has no " + entry);
      }
    }
  }
}
