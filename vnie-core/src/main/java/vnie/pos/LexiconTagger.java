package vnie.pos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vnie.core.Lexicons;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;
import vnie.core.Word;

/**
 * A placeholder tagger until a trained model exists: tags from a small word list ({@code
 * pos/lexicon.tsv}), {@code CH} for punctuation, {@code M} for numbers, {@code Np} for capitalised
 * words inside the sentence (at its start only for several capitalised syllables), {@code N}
 * otherwise.
 */
public final class LexiconTagger implements PosTagger {
  private final Map<String, String> lexicon;

  public LexiconTagger() {
    Map<String, String> map = new HashMap<>();
    for (List<String> row : Lexicons.rows("pos/lexicon.tsv")) {
      map.put(row.get(0).toLowerCase(Locale.ROOT).replace(' ', '_'), row.get(1));
    }
    this.lexicon = Map.copyOf(map);
  }

  @Override
  public List<String> tag(Sentence sentence) {
    List<String> tags = new ArrayList<>();
    for (Word w : sentence.words()) {
      Token first = sentence.tokens().get(w.firstToken());
      String known = lexicon.get(w.form().toLowerCase(Locale.ROOT));
      if (first.kind() == TokenKind.PUNCTUATION || first.kind() == TokenKind.SYMBOL) {
        tags.add("CH");
      } else if (first.kind() == TokenKind.NUMBER) {
        tags.add("M");
      } else if (first.isCapitalized() && (w.firstToken() > 0 || isNameShaped(w))) {
        tags.add("Np");
      } else {
        tags.add(known != null ? known : "N");
      }
    }
    return tags;
  }

  /** At the start of a sentence only a word of several capitalised syllables looks like a name. */
  private static boolean isNameShaped(Word w) {
    String[] syllables = w.form().split("_", -1);
    for (String syllable : syllables) {
      if (!Character.isUpperCase(syllable.codePointAt(0))) {
        return false;
      }
    }
    return syllables.length > 1;
  }
}
