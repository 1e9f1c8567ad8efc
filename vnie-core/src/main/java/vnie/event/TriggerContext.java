package vnie.event;

import java.util.List;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.classify.TokenContext;
import vnie.classify.WordWindow;

/**
 * The features of one token for the trigger model's decision of its BIO label ({@code B-Attack},
 * {@code I-Move}, {@code O} …): the token and its neighbours, its word and POS, the trigger
 * lexicon's label, a suppressing cue just before it, the cue group of the token before, the entity
 * labels around it, the rules' trigger label, and the two labels before it.
 */
final class TriggerContext implements TokenContext {
  private static final String END = WordWindow.END;

  private static final FeatureTemplates TEMPLATES = new FeatureTemplates();
  private static final FeatureTemplate BIAS = TEMPLATES.constant("bias");
  private static final FeatureTemplate WORD = TEMPLATES.of("w=");
  private static final WordWindow WINDOW = new WordWindow(TEMPLATES);
  private static final FeatureTemplate SEGMENT = TEMPLATES.of("sg=");
  private static final FeatureTemplate TAG = TEMPLATES.of("t=");
  private static final FeatureTemplate TAG_BEFORE = TEMPLATES.of("t-1=");
  private static final FeatureTemplate TAG_AFTER = TEMPLATES.of("t+1=");
  private static final FeatureTemplate LEXICON = TEMPLATES.of("lx=");
  private static final FeatureTemplate LEXICON_WORD = TEMPLATES.of("lxw=", 2, "|");
  private static final FeatureTemplate SUPPRESSOR = TEMPLATES.of("su=");
  private static final FeatureTemplate SUPPRESSOR_LEXICON = TEMPLATES.of("sul=", 2, "|");
  private static final FeatureTemplate FAR_SUPPRESSOR = TEMPLATES.of("fsu=", 2, "|");
  private static final FeatureTemplate CUE_BEFORE = TEMPLATES.of("cu-1=");
  private static final FeatureTemplate CUE_AFTER = TEMPLATES.of("cu+1=");
  private static final FeatureTemplate ENTITY = TEMPLATES.of("e=");
  private static final FeatureTemplate ENTITY_BEFORE = TEMPLATES.of("e-1=");
  private static final FeatureTemplate ENTITY_AFTER = TEMPLATES.of("e+1=");
  private static final FeatureTemplate ENTITY_AFTER_2 = TEMPLATES.of("e+2=");
  private static final FeatureTemplate RULE = TEMPLATES.of("rt=");
  private static final FeatureTemplate RULE_WORD = TEMPLATES.of("rtw=", 2, "|");
  private static final FeatureTemplate PREVIOUS = TEMPLATES.of("p=");
  private static final FeatureTemplate PREVIOUS_TWO = TEMPLATES.of("pp=", 2, "|");
  private static final FeatureTemplate PREVIOUS_WORD = TEMPLATES.of("pw=", 2, "|");

  /** Every template of {@link #add}, in order. */
  static final List<FeatureTemplate> ALL_TEMPLATES = TEMPLATES.all();

  private final EventFeatures s;

  TriggerContext(EventFeatures sentence) {
    this.s = sentence;
  }

  @Override
  public int size() {
    return s.size();
  }

  @Override
  public void add(int i, String previous, String beforePrevious, FeatureSink sink) {
    int n = s.size();
    sink.add(BIAS);
    sink.add(WORD, s.lower(i));
    WINDOW.add(
        sink,
        i > 1 ? s.lower(i - 2) : START,
        i > 0 ? s.lower(i - 1) : START,
        s.lower(i),
        i + 1 < n ? s.lower(i + 1) : END,
        i + 2 < n ? s.lower(i + 2) : END);
    sink.add(SEGMENT, s.segment(i));
    sink.add(TAG, s.tag(i));
    sink.add(TAG_BEFORE, i > 0 ? s.tag(i - 1) : START);
    sink.add(TAG_AFTER, i + 1 < n ? s.tag(i + 1) : END);
    sink.add(LEXICON, s.lexicon(i));
    sink.add(LEXICON_WORD, s.lexicon(i), s.lower(i));
    sink.add(SUPPRESSOR, s.suppressor(i));
    sink.add(SUPPRESSOR_LEXICON, s.suppressor(i), s.lexicon(i));
    sink.add(FAR_SUPPRESSOR, s.farSuppressor(i), s.lexicon(i));
    sink.add(CUE_BEFORE, i > 0 ? s.cue(i - 1) : START);
    sink.add(CUE_AFTER, i + 1 < n ? s.cue(i + 1) : END);
    sink.add(ENTITY, s.entity(i));
    sink.add(ENTITY_BEFORE, i > 0 ? s.entity(i - 1) : START);
    sink.add(ENTITY_AFTER, i + 1 < n ? s.entity(i + 1) : END);
    sink.add(ENTITY_AFTER_2, i + 2 < n ? s.entity(i + 2) : END);
    sink.add(RULE, s.ruleTrigger(i));
    sink.add(RULE_WORD, s.ruleTrigger(i), s.lower(i));
    sink.add(PREVIOUS, previous);
    sink.add(PREVIOUS_TWO, beforePrevious, previous);
    sink.add(PREVIOUS_WORD, previous, s.lower(i));
  }
}
