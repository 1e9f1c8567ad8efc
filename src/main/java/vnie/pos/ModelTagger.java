package vnie.pos;

import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * A part-of-speech tagger from a trained OpenNLP model ({@link PosTrainer}), with the tags exactly
 * as trained ({@link POSTagFormat#CUSTOM}: no mapping to another tag set). A greedy perceptron
 * model (the shipped one) is decoded by {@link GreedyTagDecoder}, which gives {@code POSTaggerME}'s
 * tags several times faster; other models, and the rare sentences the decoder leaves, go to {@code
 * POSTaggerME}. Thread-safe: {@code POSTaggerME} keeps state between calls, so each thread gets its
 * own, all sharing one model.
 */
public final class ModelTagger implements PosTagger {
  private final ThreadLocal<POSTaggerME> taggers;
  private final Optional<GreedyTagDecoder> decoder;

  public ModelTagger(POSModel model) {
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.CUSTOM));
    this.decoder = GreedyTagDecoder.of(model);
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<Word> words = sentence.words();
    String[] forms = new String[words.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = words.get(i).form();
    }
    String[] tags = decoder.map(d -> d.tag(forms)).orElse(null);
    return List.of(tags != null ? tags : taggers.get().tag(forms));
  }
}
