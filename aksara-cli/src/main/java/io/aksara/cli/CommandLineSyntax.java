package io.aksara.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The grammar of {@code ./aksara}, built with picocli from a {@link CommandTable}: the global
 * options (accepted before or after the command word), then one subcommand per {@link Command}
 * with the flags and options that command declares. A command class therefore never touches
 * picocli: adding it to the table is enough.
 *
 * <pre>{@code
 * CommandLineSyntax.Parsed p = new CommandLineSyntax(CommandTable.standard()).parse("--dir", "db", "migrate", "zero");
 * p.command();          // the migrate command
 * p.global("--dir");    // "db"
 * p.arguments();        // positional [zero]
 * }</pre>
 */
final class CommandLineSyntax {
    /** The options every command accepts, each with its value label. */
    static final Map<String, String> GLOBAL_OPTIONS = globals();

    private final CommandTable commands;

    CommandLineSyntax(CommandTable commands) {
        this.commands = commands;
    }

    private static Map<String, String> globals() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("--dir", "DIR");
        g.put("--url", "JDBC_URL");
        g.put("--user", "USER");
        g.put("--password", "PASSWORD");
        return g;
    }

    /**
     * One parsed command line.
     *
     * @param command   the command selected, or null when none was named
     * @param help      whether --help (or -h) was given
     * @param globals   the global options given
     * @param arguments the command's own arguments, or null when no command was named
     */
    record Parsed(Command command, boolean help, Map<String, String> globals, Arguments arguments) {
        String global(String name) {
            return globals.get(name);
        }
    }

    /**
     * Parses a command line.
     *
     * @throws UnknownCommand when the first word is no command
     * @throws SyntaxError    for an unknown option or a missing value
     */
    Parsed parse(String... argv) {
        CommandLine line = new CommandLine(spec());
        ParseResult root;
        try {
            root = line.parseArgs(argv);
        } catch (CommandLine.UnmatchedArgumentException e) {
            CommandSpec where = e.getCommandLine().getCommandSpec();
            String first = e.getUnmatched().getFirst();
            if (where.parent() == null && !first.startsWith("-")) {
                throw new UnknownCommand(first);
            }
            throw new SyntaxError("Unknown option " + first + optionList(where), commandNamed(where));
        } catch (CommandLine.ParameterException e) {
            throw new SyntaxError(e.getMessage(), commandNamed(e.getCommandLine().getCommandSpec()));
        }
        ParseResult sub = root.subcommand();
        Map<String, String> globals = new LinkedHashMap<>();
        boolean help = root.hasMatchedOption("--help");
        for (String name : GLOBAL_OPTIONS.keySet()) {
            putIfMatched(root, name, globals);
        }
        if (sub == null) {
            return new Parsed(null, help, globals, null);
        }
        for (String name : GLOBAL_OPTIONS.keySet()) {
            putIfMatched(sub, name, globals);
        }
        help |= sub.hasMatchedOption("--help");
        Command command = commands.find(sub.commandSpec().name()).orElseThrow();
        Set<String> flags = new HashSet<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String flag : command.flags()) {
            if (sub.hasMatchedOption(flag)) {
                flags.add(flag);
            }
        }
        for (String option : command.options()) {
            String[] given = sub.matchedOptionValue(option, new String[0]);
            if (given.length > 0) {
                values.put(option, List.of(given));
            }
        }
        List<String> positional = sub.matchedPositionals().isEmpty() ? List.of()
                : List.of(sub.matchedPositionalValue(0, new String[0]));
        return new Parsed(command, help, globals, Arguments.of(flags, values, positional));
    }

    private static void putIfMatched(ParseResult result, String name, Map<String, String> into) {
        if (result.hasMatchedOption(name)) {
            into.put(name, result.matchedOptionValue(name, ""));
        }
    }

    private Command commandNamed(CommandSpec spec) {
        return spec.parent() == null ? null : commands.find(spec.name()).orElse(null);
    }

    private static String optionList(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!GLOBAL_OPTIONS.containsKey(o.longestName()) && !o.longestName().equals("--help")) {
                names.add(o.longestName());
            }
        }
        names.sort(null);
        return names.isEmpty() ? "" : ". Options: " + String.join(", ", names);
    }

    private CommandSpec spec() {
        CommandSpec root = CommandSpec.create().name("aksara");
        addGlobals(root);
        for (Command c : commands.commands()) {
            CommandSpec sub = CommandSpec.create().name(c.name());
            for (String flag : c.flags()) {
                sub.addOption(OptionSpec.builder(flag).arity("0").type(boolean.class).build());
            }
            for (String option : c.options()) {
                sub.addOption(OptionSpec.builder(option).arity("1").type(String[].class).paramLabel("VALUE").build());
            }
            sub.addPositional(PositionalParamSpec.builder().arity("0..*").type(String[].class).build());
            root.addSubcommand(c.name(), sub);
        }
        return root;
    }

    // Inherited options are copied into every subcommand added afterwards, so they are added first.
    private static void addGlobals(CommandSpec root) {
        GLOBAL_OPTIONS.forEach((name, label) -> root.addOption(OptionSpec.builder(name).arity("1").type(String.class)
                .paramLabel(label).scopeType(ScopeType.INHERIT).build()));
        root.addOption(OptionSpec.builder("--help", "-h").arity("0").type(boolean.class).scopeType(ScopeType.INHERIT).build());
    }

    /** An unknown option or a missing value; {@code command} is the command it was given to, or null. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Command command;

        SyntaxError(String message, Command command) {
            super(message);
            this.command = command;
        }

        Command command() {
            return command;
        }
    }

    /** The first word of the command line names no command. */
    static final class UnknownCommand extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownCommand(String word) {
            super(word);
        }
    }
}
