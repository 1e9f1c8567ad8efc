package vnie.pos;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import vnie.classify.InBackground;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * A part-of-speech tagger from a trained OpenNLP model ({@link PosTrainer}), with the tags exactly
 * as trained ({@link POSTagFormat#CUSTOM}: no mapping to another tag set). A greedy perceptron
 * model (the shipped one) is decoded by {@link GreedyTagDecoder}, which gives {@code POSTaggerME}'s
 * tags several times faster once it has indexed the model in the background (about half a second);
 * other models, sentences tagged before then, and the rare sentences the decoder leaves, go to
 * {@code POSTaggerME}. Thread-safe: {@code POSTaggerME} keeps state between calls, so each thread
 * gets its own, all sharing one model.
 */
public final class ModelTagger implements PosTagger {
  private final ThreadLocal<POSTaggerME> taggers;
  // Built in the background; until then POSTaggerME gives the same tags.
  private final CompletableFuture<Optional<GreedyTagDecoder>> decoder;

  public ModelTagger(POSModel model) {
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.CUSTOM));
    this.decoder = InBackground.build("vnie-tagger-index", () -> GreedyTagDecoder.of(model));
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<Word> words = sentence.words();
    String[] forms = new String[words.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = words.get(i).form();
    }
    String[] tags = decoder.getNow(Optional.empty()).map(d -> d.tag(forms)).orElse(null);
    return List.of(tags != null ? tags : taggers.get().tag(forms));
  }
}
