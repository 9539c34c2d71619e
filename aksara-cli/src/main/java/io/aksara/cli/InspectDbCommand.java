package io.aksara.cli;

import io.aksara.schemafirst.InspectDb;
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
                usage: ./aksara inspectdb [--package NAME] [--schema NAME] [--out SOURCE_ROOT] [TABLE ...]

                Reads the tables of the database (all of them, or the ones named) and writes one model
                class per table: fields with their types, lengths, nullability, defaults and keys,
                foreign keys as Ref fields with their ON DELETE rule, indexes and unique constraints
                in @Meta. What a model cannot hold is skipped with a warning on stderr.

                  --package NAME      the package of the classes (default: models)
                  --schema NAME       the schema to read (default: the connection's current one)
                  --out SOURCE_ROOT   write the files under this source root (for example src/main/java)
                                      instead of printing them
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("--package", "--schema", "--out");
    }

    @Override
    public int run(CommandContext context, Arguments args) {
        String packageName = args.value("--package") != null ? args.value("--package") : "models";
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
            Inspection found = inspect.inspect();
            found.warnings().forEach(w -> context.err().println("warning: " + w));
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
        } catch (SQLException e) {
            context.err().println("inspectdb: cannot read " + context.database().maskedUrl() + ": "
                    + context.database().mask(e.getMessage()));
            return 1;
        }
    }
}
