package vnie.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;

/**
 * A trained word segmentation model as an OpenNLP model file: a zip with the OpenNLP manifest, the
 * syllable classifier ({@code segmenter.model}), the dictionary of training words ({@code
 * words.txt}) and the lexicon ({@code lexicon.txt}, a {@link WordList}) its features look up.
 * Immutable.
 */
public final class SegmenterModel extends BaseModel {
  private static final String COMPONENT = "VnieSyllableSegmenter";
  private static final String CLASSIFIER_ENTRY = "segmenter.model";
  private static final String WORDS_ENTRY = "words.txt";
  private static final String LEXICON_ENTRY = "lexicon.txt";

  /** A new model from a trained classifier and its dictionary, with extra manifest entries. */
  SegmenterModel(
      MaxentModel classifier,
      WordDictionary words,
      WordList lexicon,
      Map<String, String> manifestEntries) {
    super(COMPONENT, "vi", manifestEntries);
    artifactMap.put(CLASSIFIER_ENTRY, classifier);
    artifactMap.put(WORDS_ENTRY, words.toBytes());
    artifactMap.put(LEXICON_ENTRY, lexicon.toBytes());
    checkArtifactMap();
  }

  /** Reads a model written by {@link #serialize(java.io.OutputStream)}. */
  public SegmenterModel(InputStream in) throws IOException {
    super(COMPONENT, in);
  }

  /** Reads a model file. */
  public SegmenterModel(Path file) throws IOException {
    super(COMPONENT, file);
  }

  MaxentModel classifier() {
    return getArtifact(CLASSIFIER_ENTRY);
  }

  WordDictionary words() {
    return WordDictionary.fromBytes(getArtifact(WORDS_ENTRY));
  }

  /** The lexicon the model was trained with; empty for a model trained without one. */
  public WordList lexicon() {
    byte[] bytes = getArtifact(LEXICON_ENTRY);
    return bytes == null ? WordList.empty() : WordList.fromBytes(bytes);
  }

  @Override
  protected void validateArtifactMap() throws InvalidFormatException {
    super.validateArtifactMap();
    if (!(artifactMap.get(CLASSIFIER_ENTRY) instanceof MaxentModel model)) {
      throw new InvalidFormatException("segmenter model has no " + CLASSIFIER_ENTRY);
    }
    if (!(artifactMap.get(WORDS_ENTRY) instanceof byte[])) {
      throw new InvalidFormatException("segmenter model has no " + WORDS_ENTRY);
    }
    if (model.getIndex(SyllableFeatures.BEGIN) < 0 || model.getIndex(SyllableFeatures.INSIDE) < 0) {
      throw new InvalidFormatException("segmenter model does not decide between B and I");
    }
  }
}
