package vnie.train;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Sentence;
import vnie.core.UniversalTags;
import vnie.pos.PosTagger;

/**
 * A tagger of UD Vietnamese-VTB's XPOS tags with its tags turned into universal tags as that
 * treebank turns them ({@link UniversalTags}): for scoring on a treebank that has only UPOS tags,
 * such as UD Vietnamese-TueCL. Tags outside the table stay as they are. Thread-safe when the tagger
 * is.
 */
public final class UposTagger implements PosTagger {
  private final PosTagger xpos;

  /** The universal tags of {@code xpos}'s tags. */
  public UposTagger(PosTagger xpos) {
    this.xpos = xpos;
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<String> tags = xpos.tag(sentence);
    List<String> out = new ArrayList<>(tags.size());
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      out.add(UniversalTags.upos(sentence.words().get(i).form(), tag).orElse(tag));
    }
    return out;
  }
}
