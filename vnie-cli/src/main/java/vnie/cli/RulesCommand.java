package vnie.cli;

import picocli.CommandLine.Command;

/** {@code vnie rules}: works with rule packs; one subcommand a task. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Works with rule packs (the rules' lists, grammars, patterns and priorities).",
    subcommands = {RulesCheckCommand.class})
final class RulesCommand {}
