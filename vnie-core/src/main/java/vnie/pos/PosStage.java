package vnie.pos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.pipeline.Stage;

/** Runs a {@link PosTagger} over every sentence and stores the tags on the words. */
public final class PosStage implements Stage {
  private final PosTagger tagger;

  public PosStage(PosTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "pos";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.WORDS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.POS);
  }

  @Override
  public Document apply(Document document) {
    List<Sentence> tagged = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      List<String> tags = tagger.tag(s);
      List<Word> words = new ArrayList<>();
      for (int i = 0; i < s.words().size(); i++) {
        words.add(s.words().get(i).withTag(tags.get(i)));
      }
      tagged.add(s.withWords(words));
    }
    return document.withSentences(tagged, Layer.POS);
  }
}
