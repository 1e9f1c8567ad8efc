package vnie.segment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * Trains a {@link SegmenterModel} from sentences with gold words: one training event per syllable
 * after the first, labelled {@code B} when a gold word starts there and {@code I} otherwise, with
 * the previous gold label as a feature. The dictionary features of training events come from
 * dictionaries that leave out the sentence's own fold (jackknifing), so that the classifier learns
 * how much to trust the dictionary on words it has not seen, as at run time; the model ships the
 * dictionary of all the training sentences. Deterministic: the same data and settings give the same
 * model.
 */
public final class SegmenterTrainer {
  /**
   * Training settings.
   *
   * @param algorithm an OpenNLP event trainer: {@code PERCEPTRON} or {@code MAXENT}
   * @param iterations training iterations
   * @param cutoff features seen fewer times are dropped
   * @param dictionaryFolds folds for the dictionary features of training events; 1 uses the full
   *     dictionary for every sentence
   */
  public record Settings(String algorithm, int iterations, int cutoff, int dictionaryFolds) {
    /** The settings of the shipped model. */
    public static Settings defaults() {
      return new Settings("PERCEPTRON", 100, 1, 5);
    }

    Map<String, String> manifestEntries() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("vnie.algorithm", algorithm);
      m.put("vnie.iterations", Integer.toString(iterations));
      m.put("vnie.cutoff", Integer.toString(cutoff));
      m.put("vnie.dictionaryFolds", Integer.toString(dictionaryFolds));
      return m;
    }
  }

  private SegmenterTrainer() {}

  /** Trains on {@code sentences}, whose words are the gold segmentation, without a lexicon. */
  public static SegmenterModel train(List<Sentence> sentences, Settings settings)
      throws IOException {
    return train(sentences, WordList.empty(), settings);
  }

  /**
   * Trains on {@code sentences}, whose words are the gold segmentation, with features of the words
   * of {@code lexicon} (stored in the model).
   */
  public static SegmenterModel train(List<Sentence> sentences, WordList lexicon, Settings settings)
      throws IOException {
    WordDictionary lexiconWords = WordDictionary.of(lexicon.syllables());
    int folds = Math.max(1, settings.dictionaryFolds());
    List<WordDictionary> foldDictionaries = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      foldDictionaries.add(dictionary(sentences, folds == 1 ? -1 : fold, folds));
    }
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      addEvents(sentences.get(s), foldDictionaries.get(s % folds), lexiconWords, events);
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    MaxentModel classifier = trainer.train(ObjectStreamUtils.createObjectStream(events));
    Map<String, String> manifest = settings.manifestEntries();
    manifest.put("vnie.trainingSentences", Integer.toString(sentences.size()));
    manifest.put("vnie.lexiconWords", Integer.toString(lexicon.size()));
    return new SegmenterModel(classifier, dictionary(sentences, -1, folds), lexicon, manifest);
  }

  private static void addEvents(
      Sentence sentence, WordDictionary dictionary, WordDictionary lexicon, List<Event> events) {
    boolean[] begins = new boolean[sentence.tokens().size()];
    for (Word w : sentence.words()) {
      begins[w.firstToken()] = true;
    }
    SyllableFeatures features = SyllableFeatures.of(sentence.tokens(), dictionary, lexicon);
    for (int i = 1; i < begins.length; i++) {
      String previous = begins[i - 1] ? SyllableFeatures.BEGIN : SyllableFeatures.INSIDE;
      String label = begins[i] ? SyllableFeatures.BEGIN : SyllableFeatures.INSIDE;
      events.add(new Event(label, features.context(i, previous)));
    }
  }

  /** The words of all sentences outside fold {@code leftOut} (-1: none). */
  private static WordDictionary dictionary(List<Sentence> sentences, int leftOut, int folds) {
    List<List<String>> words = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      if (leftOut >= 0 && s % folds == leftOut) {
        continue;
      }
      Sentence sentence = sentences.get(s);
      for (Word w : sentence.words()) {
        List<String> syllables = new ArrayList<>();
        for (int k = w.firstToken(); k < w.endToken(); k++) {
          syllables.add(sentence.tokens().get(k).form().toLowerCase(Locale.ROOT));
        }
        words.add(syllables);
      }
    }
    return WordDictionary.of(words);
  }
}
