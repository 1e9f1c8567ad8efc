package vnie.rules;

import java.util.List;

/**
 * A rule pack that cannot be used: the message gives every problem on a line of its own, each
 * starting with the file and line it is about ({@code ner/ranks.tsv:12: …}).
 */
public final class RulePackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public RulePackException(String pack, List<String> problems) {
    super(
        "the rule pack "
            + pack
            + " has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n"
            + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one a line: {@code file:line: what is wrong}. */
  public List<String> problems() {
    return problems;
  }
}
