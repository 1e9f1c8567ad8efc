package vnie.pos;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * A part-of-speech tagger from a trained OpenNLP model ({@link PosTrainer}), with the tags exactly
 * as trained ({@link POSTagFormat#CUSTOM}: no mapping to another tag set).
 *
 * <p>How a model is decoded is chosen once, when the tagger is made: a greedy perceptron model (the
 * shipped one) by {@link GreedyTagDecoder}, which gives {@code POSTaggerME}'s tags several times
 * faster; any other model by {@code POSTaggerME}. Thread-safe: {@code POSTaggerME} keeps state
 * between calls, so each thread gets its own, all sharing one model.
 */
public final class ModelTagger implements PosTagger {
  // Exactly one of the two: the decoder of a greedy perceptron model, else POSTaggerME.
  private final GreedyTagDecoder decoder;
  private final ThreadLocal<POSTaggerME> taggers;

  /** The tagger of {@code model}. */
  public ModelTagger(POSModel model) {
    this(model, GreedyTagDecoder.of(model).orElse(null));
  }

  private ModelTagger(POSModel model, GreedyTagDecoder decoder) {
    this.decoder = decoder;
    this.taggers = decoder != null ? null : ThreadLocal.withInitial(() -> tagger(model));
  }

  /**
   * The tagger of {@code model} decoded by {@code POSTaggerME} whatever the model's kind: the
   * reference the greedy decoder is checked against.
   */
  static ModelTagger decodedByOpenNlp(POSModel model) {
    return new ModelTagger(model, null);
  }

  private static POSTaggerME tagger(POSModel model) {
    return new POSTaggerME(model, POSTagFormat.CUSTOM);
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<Word> words = sentence.words();
    String[] forms = new String[words.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = words.get(i).form();
    }
    return List.of(decoder != null ? decoder.tag(forms) : taggers.get().tag(forms));
  }
}
