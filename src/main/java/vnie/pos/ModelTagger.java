package vnie.pos;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import vnie.core.Sentence;
import vnie.core.Word;

/**
 * A part-of-speech tagger from a trained OpenNLP model ({@link PosTrainer}), with the tags exactly
 * as trained ({@link POSTagFormat#CUSTOM}: no mapping to another tag set). Thread-safe: {@code
 * POSTaggerME} keeps state between calls, so each thread gets its own, all sharing one model.
 */
public final class ModelTagger implements PosTagger {
  private final ThreadLocal<POSTaggerME> taggers;

  public ModelTagger(POSModel model) {
    this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.CUSTOM));
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<Word> words = sentence.words();
    String[] forms = new String[words.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = words.get(i).form();
    }
    return List.of(taggers.get().tag(forms));
  }
}
