package io.aksara.cli;

import io.aksara.schemafirst.InspectDb;
import io.aksara.schemafirst.InspectJooq;
import io.aksara.schemafirst.Inspection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code inspectdb}: model sources from the tables of a live database. Prints them, or writes
 * them under a source root with {@code --out}.
 */
final class InspectDbCommand implements Command {
    @Override
    public String name() {
        return "inspectdb";
    }

    @Override
    public String summary() {
        return "write model classes for the tables of an existing database";
    }

    @Override
    public String help() {
        return """
                usage: ./aksara inspectdb [--package NAME] [--schema NAME | --jooq PACKAGE] [--out SOURCE_ROOT [--check]] [TABLE ...]

                Reads the tables of the database (all of them, or the ones named) and writes one model
                class per table: fields with their types, lengths, nullability, defaults and keys,
                foreign keys as Ref fields with their ON DELETE rule, indexes and unique constraints
                in @Meta. What a model cannot hold is skipped with a warning on stderr.

                  --package NAME      the package of the classes (default: models)
                  --schema NAME       the schema to read (default: the connection's current one)
                  --jooq PACKAGE      read the jOOQ-generated table classes in this package (and its
                                      subpackages) on the classpath instead of a database
                  --out SOURCE_ROOT   write the files under this source root (for example src/main/java)
                                      instead of printing them
                  --check             with --out: write nothing; compare the models under SOURCE_ROOT with
                                      what the schema gives and exit with 1 when one is missing, differs,
                                      or was generated for a table that is gone (a stale-code check for CI)
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--package", "--schema", "--out", "--jooq");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--check");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        String packageName = args.value("--package") != null ? args.value("--package") : "models";
        if (args.flag("--check") && args.value("--out") == null) {
            throw new UsageError("--check compares the models under a source root: give it with --out (for example src/main/java)");
        }
        if (args.value("--jooq") != null) {
            if (args.value("--schema") != null) {
                throw new UsageError("--jooq reads classes, not a database schema: give --schema or --jooq, not both");
            }
            return report(context, args, fromJooq(args.value("--jooq"), packageName, args.positional()));
        }
        try (Connection connection = DriverManager.getConnection(context.database().url(), context.database().user(),
                context.database().password())) {
            InspectDb inspect = InspectDb.of(connection).packageName(packageName);
            if (args.value("--schema") != null) {
                inspect = inspect.schema(args.value("--schema"));
            }
            List<String> tables = args.positional();
            if (!tables.isEmpty()) {
                inspect = inspect.tables(tables.toArray(String[]::new));
            }
            return report(context, args, inspect.inspect());
        } catch (SQLException e) {
            context.err().println("inspectdb: cannot read " + context.database().maskedUrl() + ": "
                    + context.database().mask(e.getMessage()));
            return 1;
        }
    }

    /** The models of the jOOQ tables in a package on this JVM's classpath (the project's, under the Maven plugin). */
    private static Inspection fromJooq(String jooqPackage, String packageName, List<String> tables) {
        try {
            InspectJooq jooq = InspectJooq.ofPackage(jooqPackage, Thread.currentThread().getContextClassLoader());
            return (tables.isEmpty() ? jooq : jooq.tables(tables.toArray(String[]::new))).packageName(packageName).inspect();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** Prints the warnings, then checks, writes or prints the sources. */
    private static int report(CommandContext context, Arguments args, Inspection found) {
        found.warnings().forEach(w -> context.err().println("warning: " + w));
        if (args.flag("--check")) {
            return check(context, found, Path.of(args.value("--out")), args.value("--jooq"));
        }
        if (args.value("--out") != null) {
            for (Path written : found.write(Path.of(args.value("--out")))) {
                context.out().println("wrote " + written);
            }
        } else {
            for (Map.Entry<String, String> source : found.sources().entrySet()) {
                context.out().println("// " + source.getKey());
                context.out().println(source.getValue());
            }
        }
        return 0;
    }

    /** @param jooqPackage the package of the jOOQ classes read, or null when a database was */
    private static int check(CommandContext context, Inspection found, Path sourceRoot, String jooqPackage) {
        List<String> stale = found.differences(sourceRoot);
        String source = jooqPackage == null ? "the schema" : "the jOOQ classes of " + jooqPackage;
        if (stale.isEmpty()) {
            context.out().println("The models of " + found.packageName() + " under " + sourceRoot + " match " + source + " ("
                    + found.sources().size() + " tables).");
            return 0;
        }
        context.out().println("The models under " + sourceRoot + " are stale: " + source
                + (jooqPackage == null ? " gives" : " give") + " other sources.");
        stale.forEach(line -> context.out().println("  " + line));
        context.out().println("Regenerate them with ./aksara inspectdb --package " + found.packageName()
                + (jooqPackage == null ? "" : " --jooq " + jooqPackage) + " --out " + sourceRoot
                + " (mvn aksara:inspectdb, or aksara:generate-models) and review the change, or change " + source + " back.");
        return 1;
    }
}
