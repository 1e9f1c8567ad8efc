package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.core.Mention;
import vnie.core.Sentence;
import vnie.core.Span;
import vnie.pipeline.Stage;

/**
 * Adds the mentions of a trained {@link NameModel} to those of the rules. The rules come first: a
 * model mention is kept only where no rule mention overlaps it and no event name ({@code Chiến
 * tranh Lạnh}) covers it; among themselves, model mentions are merged like rule proposals. Each
 * mention keeps its provenance ({@code model:ner} for the model). Thread-safe: the model gives each
 * thread its own finder.
 */
public final class ModelNerStage implements Stage {
  private final NameModel model;
  private final NerLexicons lexicons;
  private final EventNameRule eventNames;
  private final MentionMerger merger = new MentionMerger();

  public ModelNerStage(NameModel model) {
    this(model, NerLexicons.load());
  }

  ModelNerStage(NameModel model, NerLexicons lexicons) {
    this.model = model;
    this.lexicons = lexicons;
    this.eventNames = new EventNameRule(lexicons);
  }

  @Override
  public String name() {
    return "ner-model";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.WORDS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ENTITIES);
  }

  @Override
  public Document apply(Document document) {
    List<SentenceView> sentences = new ArrayList<>();
    List<Span> blocked = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      SentenceView view = SentenceView.of(document.text(), s);
      sentences.add(view);
      blocked.addAll(eventNames.find(view));
    }
    List<Candidate> proposals = new ArrayList<>();
    for (Mention m : document.mentions()) {
      proposals.add(new Candidate(m, Priority.RULES, document.sentenceAt(m.start()), -1, -1));
    }
    proposals.addAll(model.find(sentences, lexicons));
    return document.withMentions(MentionMerger.mentions(merger.merge(proposals, blocked)));
  }

  /** The model's own mentions of {@code document}, without the rules (for cross-validation). */
  public List<Mention> modelOnly(Document document) {
    List<SentenceView> sentences = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      sentences.add(SentenceView.of(document.text(), s));
    }
    return MentionMerger.mentions(merger.merge(model.find(sentences, lexicons), List.of()));
  }
}
