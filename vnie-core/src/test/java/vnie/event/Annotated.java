package vnie.event;

import java.util.ArrayList;
import java.util.List;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;

/**
 * Test documents with hand-given entity mentions, so that the relation, event and person rules are
 * tested apart from the entity rules: the text runs through the default pipeline for its sentences,
 * words and tags, and its mentions are then replaced by the given ones.
 */
final class Annotated {
  private static final Vnie VNIE = Vnie.create();

  private Annotated() {}

  /**
   * {@code text} with the mentions {@code "TYPE text"}, given in text order; each is the first
   * occurrence of its text after the previous mention.
   */
  static Document document(String text, String... mentions) {
    List<Mention> given = new ArrayList<>();
    int from = 0;
    for (String spec : mentions) {
      int space = spec.indexOf(' ');
      EntityType type = EntityType.parse(spec.substring(0, space));
      String surface = spec.substring(space + 1);
      int start = text.indexOf(surface, from);
      if (start < 0) {
        throw new IllegalArgumentException("'" + surface + "' not found after offset " + from);
      }
      given.add(
          Mention.of(text, type, start, start + surface.length(), "", new Provenance("test")));
      from = start + surface.length();
    }
    return VNIE.process("test", text).withMentions(given);
  }
}
