package vnie.eval;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Sentence;
import vnie.core.Word;
import vnie.pos.PosTagger;
import vnie.segment.WordSegmenter;

/**
 * Scores word segmentation and tagging on treebank sentences whose words are gold ({@link
 * vnie.train.TreebankAlignment}). Segmentation counts words as spans of non-space characters;
 * tagging is scored once on the gold words (accuracy) and once on the predicted words (a word
 * counts when its span and its tag are right).
 */
public final class TreebankEvaluation {
  private TreebankEvaluation() {}

  /** Segmentation only; the tag counts stay zero. */
  public static TreebankScores segmentation(List<Sentence> gold, WordSegmenter segmenter) {
    Counts seg = Counts.ZERO;
    for (Sentence g : gold) {
      CharacterSpans spans = new CharacterSpans(g);
      seg = seg.plus(spans.compare(g.words(), segmenter.segment(g), false));
    }
    return new TreebankScores(seg, 0, 0, Counts.ZERO);
  }

  /** Segmentation, tagging with gold words, and both together. */
  public static TreebankScores all(List<Sentence> gold, WordSegmenter segmenter, PosTagger tagger) {
    Counts seg = Counts.ZERO;
    Counts both = Counts.ZERO;
    int correct = 0;
    int total = 0;
    for (Sentence g : gold) {
      List<String> tags = tagger.tag(g);
      for (int i = 0; i < tags.size(); i++) {
        correct += tags.get(i).equals(g.words().get(i).tag()) ? 1 : 0;
        total++;
      }
      Sentence predicted = g.withWords(segmenter.segment(g));
      List<String> predictedTags = tagger.tag(predicted);
      List<Word> tagged = new ArrayList<>();
      for (int i = 0; i < predictedTags.size(); i++) {
        tagged.add(predicted.words().get(i).withTag(predictedTags.get(i)));
      }
      CharacterSpans spans = new CharacterSpans(g);
      List<Word> goldWords = g.words();
      seg = seg.plus(spans.compare(goldWords, tagged, false));
      both = both.plus(spans.compare(goldWords, tagged, true));
    }
    return new TreebankScores(seg, correct, total, both);
  }
}
