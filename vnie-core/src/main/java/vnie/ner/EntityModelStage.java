package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Layer;
import vnie.core.Mention;
import vnie.core.Sentence;
import vnie.core.Span;
import vnie.core.Token;
import vnie.pipeline.Stage;
import vnie.rules.RulePack;

/**
 * Entities from the trained {@link EntityModel}, combined with the rules' mentions that the
 * previous stage wrote: the model sees the rules' findings as features, and {@link Merge} says
 * which side wins where their mentions overlap. Names of events and wars ({@code Chiến tranh Lạnh})
 * are blocked for both. Thread-safe: the tagger and the lexicons are immutable.
 */
public final class EntityModelStage implements Stage {
  /** How the model's mentions and the rules' mentions are combined. */
  public enum Merge {
    /** The rules' mentions win; the model only fills the gaps they leave. */
    RULES_FIRST,
    /** The model's mentions win; the rules fill the gaps it leaves. */
    MODEL_FIRST,
    /** The model's mentions and the date grammar's dates; no other rule mention. */
    MODEL_AND_DATES,
    /** Dates from the grammar win, then the model's mentions, then the other rules' mentions. */
    DATES_MODEL_RULES;

    /** The merge named {@code name} regardless of case and of - or _ ({@code model-first}). */
    public static Merge parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private final EntityTagger tagger;
  private final Merge merge;
  private final EventNameRule eventNames;
  private final Set<String> notInUnitNames;
  private final MentionMerger merger = new MentionMerger();

  public EntityModelStage(EntityTagger tagger, Merge merge) {
    this(tagger, merge, NerLexicons.load());
  }

  /**
   * The stage with the event and war names of {@code pack}, so that a user's rule pack blocks the
   * model's mentions inside its names as it blocks the rules'.
   */
  public EntityModelStage(EntityTagger tagger, Merge merge, RulePack pack) {
    this(tagger, merge, NerLexicons.load(pack));
  }

  EntityModelStage(EntityTagger tagger, Merge merge, NerLexicons lexicons) {
    this.tagger = tagger;
    this.merge = merge;
    this.eventNames = new EventNameRule(lexicons);
    this.notInUnitNames = lexicons.notInUnitNames;
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
    List<Sentence> sentences = document.sentences();
    List<List<Mention>> rules = EntityModelTrainer.bySentence(sentences, document.mentions());
    List<List<Mention>> found = tagger.mentions(document.text(), sentences, rules);
    List<Candidate> proposals = new ArrayList<>();
    List<Span> blocked = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      blocked.addAll(eventNames.find(SentenceView.of(document.text(), sentence)));
      for (Mention m : found.get(s)) {
        if (notAUnitName(m, sentence, notInUnitNames)) {
          continue;
        }
        // Where a rule found the same span and type, its mention (and its provenance, which says
        // more than the model's) stands for both.
        Mention same = sameAs(m, rules.get(s));
        proposals.add(
            new Candidate(same != null ? same : m, modelPriority(), sentence.index(), -1, -1));
      }
      for (Mention m : rules.get(s)) {
        int priority = rulePriority(m);
        if (priority > 0) {
          proposals.add(new Candidate(m, priority, sentence.index(), -1, -1));
        }
      }
    }
    return document.withMentions(MentionMerger.mentions(merger.merge(proposals, blocked)));
  }

  /** The model's mentions of {@code document} alone (for scoring the model apart). */
  public List<Mention> modelOnly(Document document) {
    List<List<Mention>> rules =
        EntityModelTrainer.bySentence(document.sentences(), document.mentions());
    return tagger.mentions(document.text(), document.sentences(), rules).stream()
        .flatMap(List::stream)
        .toList();
  }

  /**
   * Whether {@code m} is a UNIT with a word after its first that no unit name has (a demonstrative,
   * a tense marker: {@code ner/not-in-unit-names.txt}): the model ran on past the name, or took a
   * reference (Cụm Tập đoàn quân này) for one.
   */
  static boolean notAUnitName(Mention m, Sentence sentence, Set<String> notInUnitNames) {
    if (m.type() != EntityType.UNIT) {
      return false;
    }
    for (Token t : sentence.tokens()) {
      if (t.start() > m.start()
          && t.end() <= m.end()
          && notInUnitNames.contains(t.form().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Mention sameAs(Mention m, List<Mention> rules) {
    for (Mention r : rules) {
      if (r.start() == m.start() && r.end() == m.end() && r.type() == m.type()) {
        return r;
      }
    }
    return null;
  }

  private int modelPriority() {
    return merge == Merge.RULES_FIRST ? Priority.MODEL : Priority.RULES;
  }

  /** The priority of a rule mention under this merge; 0 drops it. */
  private int rulePriority(Mention m) {
    boolean date = m.type() == EntityType.DATE;
    return switch (merge) {
      case RULES_FIRST -> Priority.RULES;
      case MODEL_FIRST -> Priority.MODEL;
      case MODEL_AND_DATES -> date ? Priority.RULES + 1 : 0;
      case DATES_MODEL_RULES -> date ? Priority.RULES + 1 : Priority.MODEL;
    };
  }
}
