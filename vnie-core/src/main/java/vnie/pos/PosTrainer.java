package vnie.pos;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * Trains an OpenNLP {@code POSTaggerME} model on sentences whose words carry gold tags. The words
 * are written as vnie writes them (syllables joined by {@code _}), so the model sees at run time
 * what it saw in training. The model carries a tag dictionary of the training words, which limits a
 * known word to the tags it was seen with. Deterministic.
 */
public final class PosTrainer {
  /**
   * Training settings.
   *
   * @param algorithm an OpenNLP trainer: {@code PERCEPTRON} or {@code MAXENT}
   * @param iterations training iterations
   * @param cutoff features seen fewer times are dropped
   * @param beamSize the tagger's beam; 1 decodes greedily
   */
  public record Settings(String algorithm, int iterations, int cutoff, int beamSize) {
    /** The settings of the shipped model. */
    public static Settings defaults() {
      return new Settings("PERCEPTRON", 100, 1, 1);
    }
  }

  private PosTrainer() {}

  /** Trains on {@code sentences}; every word's tag is its gold tag. */
  public static POSModel train(List<Sentence> sentences, Settings settings) throws IOException {
    return train(sentences, List.of(), settings);
  }

  /**
   * Trains on {@code sentences}, whose tags the model is to give, and on {@code auxiliary}
   * sentences tagged by other conventions, which teach the shared features only ({@link
   * WordShapeContext}). The tag dictionary comes from {@code sentences} alone.
   */
  public static POSModel train(
      List<Sentence> sentences, List<Sentence> auxiliary, Settings settings) throws IOException {
    return trainWithCorpora(sentences, List.of(auxiliary), settings);
  }

  /**
   * Trains on {@code sentences} and on several auxiliary corpora, each tagged by its own
   * conventions and given its own domain copies of the features ({@code A:} for the first, {@code
   * A2:} for the second …). The tag dictionary comes from {@code sentences} alone.
   */
  public static POSModel trainWithCorpora(
      List<Sentence> sentences, List<List<Sentence>> auxiliaries, Settings settings)
      throws IOException {
    if (auxiliaries.size() > WordShapeContext.MAX_AUXILIARY_CORPORA) {
      throw new IllegalArgumentException(
          "at most "
              + WordShapeContext.MAX_AUXILIARY_CORPORA
              + " auxiliary corpora, not "
              + auxiliaries.size());
    }
    List<POSSample> samples = samples(sentences, null);
    List<POSSample> all = new ArrayList<>();
    for (int d = 0; d < auxiliaries.size(); d++) {
      String mark = WordShapeContext.AUXILIARY + (d == 0 ? "" : Integer.toString(d + 1));
      all.addAll(samples(auxiliaries.get(d), mark));
    }
    all.addAll(samples);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("BeamSize", settings.beamSize());
    // A word seen in training may take only the tags it had there. Case matters: "Thu", a name,
    // must not be limited to the tags of "thu" (to collect).
    POSDictionary tagDictionary = new POSDictionary(true);
    POSTaggerME.populatePOSDictionary(
        ObjectStreamUtils.createObjectStream(samples), tagDictionary, 1);
    VietnamesePosFactory factory = new VietnamesePosFactory();
    factory.setTagDictionary(tagDictionary);
    return POSTaggerME.train("vi", ObjectStreamUtils.createObjectStream(all), params, factory);
  }

  private static List<POSSample> samples(List<Sentence> sentences, String mark) {
    List<POSSample> samples = new ArrayList<>(sentences.size());
    String[][] context = mark == null ? null : new String[][] {{mark}};
    for (Sentence s : sentences) {
      List<Word> words = s.words();
      String[] forms = new String[words.size()];
      String[] tags = new String[words.size()];
      for (int i = 0; i < forms.length; i++) {
        forms[i] = words.get(i).form();
        tags[i] = words.get(i).tag();
      }
      samples.add(new POSSample(forms, tags, context));
    }
    return samples;
  }
}
