package io.aksara.cli;

import io.aksara.DatabaseConfig;
import io.aksara.errors.AksaraException;
import io.aksara.internal.EmbeddedFallback;
import io.aksara.schema.migrations.Migrations;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code ./aksara} command line: global options, then a command from the {@link CommandTable}
 * (parsed with picocli, see {@link CommandLineSyntax}).
 * Exit codes: 0 success, 1 the command failed (or {@code makemigrations --check} found changes),
 * 2 wrong usage.
 *
 * <pre>{@code
 * int code = new AksaraCli(CommandTable.standard(), System.getenv(), System.out, System.err)
 *         .run("--dir", "migrations", "showmigrations");
 * }</pre>
 */
public final class AksaraCli {
    private final CommandTable commands;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    public AksaraCli(CommandTable commands, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.commands = commands;
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    /** Runs one command line and returns the exit code. */
    public int run(String... argv) {
        CommandLineSyntax.Parsed parsed;
        try {
            parsed = new CommandLineSyntax(commands).parse(argv);
        } catch (CommandLineSyntax.UnknownCommand e) {
            err.println("error: unknown command '" + e.getMessage() + "'. Commands: " + String.join(", ", commands.names()));
            err.println("Run ./aksara --help for details.");
            return 2;
        } catch (CommandLineSyntax.SyntaxError e) {
            err.println("error: " + e.getMessage());
            err.print(e.command() == null ? generalHelp() : e.command().help());
            return 2;
        }
        Command command = parsed.command();
        if (command == null) {
            (parsed.help() ? out : err).print(generalHelp());
            return parsed.help() ? 0 : 2;
        }
        if (parsed.help()) {
            out.print(command.help());
            return 0;
        }
        try {
            return command.run(new CommandContext(out, err, directory(parsed.globals()),
                    command.needsDatabase() ? database(parsed.globals()) : null), parsed.arguments());
        } catch (UsageError e) {
            err.println("error: " + e.getMessage());
            err.print(command.help());
            return 2;
        } catch (AksaraException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private Path directory(Map<String, String> globals) {
        String dir = globals.get("--dir");
        if (dir == null) {
            dir = environment.get(Migrations.DIRECTORY_VARIABLE);
        }
        return Path.of(dir == null || dir.isBlank() ? Migrations.DEFAULT_DIRECTORY : dir);
    }

    private DatabaseConfig database(Map<String, String> globals) {
        if (globals.containsKey("--url")) {
            return DatabaseConfig.builder().url(globals.get("--url")).user(globals.get("--user"))
                    .password(globals.get("--password")).build();
        }
        DatabaseConfig fromEnvironment = DatabaseConfig.fromMap(environment);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        DatabaseConfig embedded = EmbeddedFallback.embedded(environment, System.getProperty(EmbeddedFallback.ALLOW_PROPERTY),
                null, AksaraCli.class.getClassLoader());
        err.println("warning: no database given (--url or AKSARA_DATABASE_URL): using an in-memory H2 database that "
                + "lives only as long as this command. Set " + EmbeddedFallback.ALLOW_VARIABLE + "=false to make this an error.");
        return embedded;
    }

    private String generalHelp() {
        StringBuilder s = new StringBuilder("""
                usage: ./aksara [--dir DIR] [--url JDBC_URL [--user USER] [--password PASSWORD]] COMMAND [ARGS]
                       ./aksara COMMAND --help

                Migrations for the models of this project (found through the model index on the classpath).

                commands:
                """);
        for (Command c : commands.commands()) {
            s.append(String.format("  %-16s %s%n", c.name(), c.summary()));
        }
        s.append("""

                options:
                  --dir DIR        the migrations directory (default: $AKSARA_MIGRATIONS_DIR, else ./migrations)
                  --url JDBC_URL   the database (default: $AKSARA_DATABASE_URL with $AKSARA_DATABASE_USER and
                                   $AKSARA_DATABASE_PASSWORD, else an in-memory H2 database that lives as long
                                   as the command, unless $AKSARA_ALLOW_EMBEDDED_DEFAULT=false)
                  --user, --password   credentials for --url
                  --classpath ENTRIES  run in a new JVM with the application's classes, model index and
                                   driver first on the classpath (for java -jar aksara-cli-VERSION-all.jar)
                """);
        return s.toString();
    }
}
