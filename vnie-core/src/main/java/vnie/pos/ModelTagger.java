package vnie.pos;

import java.util.List;
import java.util.Optional;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import vnie.classify.BackgroundIndex;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * A part-of-speech tagger from a trained OpenNLP model ({@link PosTrainer}), with the tags exactly
 * as trained ({@link POSTagFormat#CUSTOM}: no mapping to another tag set). A greedy perceptron
 * model (the shipped one) is decoded by {@link GreedyTagDecoder}, which gives {@code POSTaggerME}'s
 * tags several times faster once it has indexed the model in the background (after the first
 * hundred sentences); other models, sentences tagged before then, and the rare sentences the
 * decoder leaves, go to {@code POSTaggerME}. Thread-safe: {@code POSTaggerME} keeps state between
 * calls, so each thread gets its own, all sharing one model.
 */
public final class ModelTagger implements PosTagger {
  private final ThreadLocal<POSTaggerME> taggers;
  // Built in the background; until then POSTaggerME gives the same tags.
  private final BackgroundIndex<Optional<GreedyTagDecoder>> decoder;

  public ModelTagger(POSModel model) {
    this(model, BackgroundIndex.DEFAULT_USES_BEFORE_BUILD);
  }

  /** For tests: the decoder is built after {@code usesBeforeDecoder} sentences. */
  ModelTagger(POSModel model, long usesBeforeDecoder) {
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.CUSTOM));
    this.decoder =
        new BackgroundIndex<>(
            "vnie-tagger-index", usesBeforeDecoder, () -> GreedyTagDecoder.of(model));
  }

  /** For tests: waits until the decoder is built, so that the next calls use it. */
  void awaitDecoder() {
    decoder.await();
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<Word> words = sentence.words();
    String[] forms = new String[words.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = words.get(i).form();
    }
    Optional<GreedyTagDecoder> fast = decoder.ready();
    String[] tags = fast == null ? null : fast.map(d -> d.tag(forms)).orElse(null);
    return List.of(tags != null ? tags : taggers.get().tag(forms));
  }
}
