package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vnie.Vnie;

/** {@code vnie rules check DIR}: validates a rule pack as the rules read it when they load. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the rule pack in DIR (its files, with the shipped ones for the paths it lacks) as"
          + " vnie extract --rules DIR reads it: the manifest, the columns of every row, and what"
          + " the rules find wrong in the entries (an unknown cue list, event type, role,"
          + " relation, trigger condition, date marker or source, a list the rules need that is"
          + " missing, a file that no manifest names).",
      "Prints one line per problem (file:line: what is wrong) and a summary. Exit code 0 when"
          + " there is no problem, 1 when there is one, 2 for bad usage."
    })
final class RulesCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The rule pack's folder.")
  Path folder;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> problems = Vnie.checkRules(folder);
    problems.forEach(out::println);
    out.println(
        problems.isEmpty()
            ? "vnie: the rule pack " + folder + " has no problem"
            : "vnie: the rule pack " + folder + " has " + problems.size() + " problem(s)");
    return problems.isEmpty() ? 0 : 1;
  }
}
