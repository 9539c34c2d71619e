package io.aksara.cli;

import java.util.Set;

/**
 * One command of {@code ./aksara}: a name, a one-line summary for the command list, a help text,
 * and what it does. Commands print through the {@link CommandContext} and return the exit code.
 *
 * <pre>{@code
 * CommandTable.standard().with(new InspectDbCommand());   // how a new command joins the table
 * }</pre>
 */
public interface Command {
    /** The word that selects the command ({@code migrate}). */
    String name();

    /** One line for {@code ./aksara --help}. */
    String summary();

    /** The full help: usage line, options, examples. */
    String help();

    /** The options without a value the command accepts ({@code --dry-run}). */
    default Set<String> flags() {
        return Set.of();
    }

    /** The options with a value the command accepts ({@code --name}). */
    default Set<String> options() {
        return Set.of();
    }

    /** Whether the command talks to the database; one that does not never resolves (or warns about) it. */
    default boolean needsDatabase() {
        return true;
    }

    /**
     * Runs the command.
     *
     * @param context where to print, the migrations directory and the database
     * @param args    the arguments after the command name (global options removed)
     * @return the exit code: 0 for success
     * @throws UsageError for bad arguments (exit code 2, with the command's usage)
     */
    int run(CommandContext context, Arguments args);
}
