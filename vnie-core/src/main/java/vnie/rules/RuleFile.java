package vnie.rules;

import java.util.List;
import java.util.Locale;

/**
 * A file of the rule pack as {@code manifest.tsv} declares it.
 *
 * @param path the file's path in the pack ({@code ner/ranks.tsv}), also its name for the code
 * @param kind how the file is read
 * @param columns the names of its columns; those after {@code required} may be left out
 * @param required how many columns every row must have
 * @param anyCase whether its phrases match regardless of letter case
 * @param gazetteer the name of the entity model's gazetteer list that its first column gives, or
 *     {@code ""} when it gives none
 * @param declared where the manifest declares it ({@code manifest.tsv:12})
 */
public record RuleFile(
    String path,
    Kind kind,
    List<String> columns,
    int required,
    boolean anyCase,
    String gazetteer,
    String declared) {

  /** How a file is read. */
  public enum Kind {
    /** One entry a line (a word or phrase). */
    LIST,
    /** Tab-separated columns. */
    TABLE,
    /** One Java regular expression a line, matched against a whole token. */
    REGEX;

    /** The kind named {@code name} in the manifest ({@code list}, {@code table}, {@code regex}). */
    static Kind parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public RuleFile {
    columns = List.copyOf(columns);
  }

  /** The file's path without its folder and extension: the source of what it finds. */
  public String name() {
    String base = path.substring(path.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
