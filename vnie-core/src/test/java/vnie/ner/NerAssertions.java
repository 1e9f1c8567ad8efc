package vnie.ner;

import java.util.List;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;

/**
 * Runs the rule pipeline (without the trained model) and lists mentions as {@code TYPE text} for
 * compact assertions.
 */
final class NerAssertions {
  private static final Vnie VNIE = Vnie.builder().rulesOnly().build();

  private NerAssertions() {}

  static List<Mention> mentions(String text) {
    Document d = VNIE.process("test", text);
    for (Mention m : d.mentions()) {
      if (!text.substring(m.start(), m.end()).equals(m.text())) {
        throw new AssertionError("offsets do not match text: " + m);
      }
    }
    return d.mentions();
  }

  /** Every mention as {@code TYPE text}, dates as {@code DATE text=value}. */
  static List<String> found(String text) {
    return mentions(text).stream()
        .map(m -> m.type() + " " + m.text() + (m.type() == EntityType.DATE ? "=" + m.value() : ""))
        .toList();
  }

  static List<String> found(String text, EntityType type) {
    return found(text).stream().filter(s -> s.startsWith(type.name() + " ")).toList();
  }
}
