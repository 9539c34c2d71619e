package io.aksara.schema.changelog;

import io.aksara.schema.MigrationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations of a directory: files named {@code NNNN_name.yaml}, in the order of their numbers,
 * next to the master changelog {@value #MASTER}.
 *
 * <pre>{@code
 * MigrationFiles files = new MigrationFiles(Path.of("migrations"));
 * files.names();        // [0001_initial, 0002_add_products_stock]
 * files.nextNumber();   // 3
 * }</pre>
 *
 * @param directory the migrations directory
 */
public record MigrationFiles(Path directory) {
    /** The master changelog's file name. */
    public static final String MASTER = "changelog.yaml";

    private static final Pattern FILE = Pattern.compile("(\\d{4})_([A-Za-z0-9_]+)\\.yaml");

    /** The migration names (file names without {@code .yaml}), in order. */
    public List<String> names() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> FILE.matcher(n).matches())
                    .sorted().map(n -> n.substring(0, n.length() - ".yaml".length())).toList();
            checkUniqueNumbers(names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the migrations in " + directory, e);
        }
    }

    /** The file of a migration. */
    public Path file(String name) {
        return directory.resolve(name + ".yaml");
    }

    public Path master() {
        return directory.resolve(MASTER);
    }

    /** The number the next migration gets. */
    public int nextNumber() {
        List<String> names = names();
        return names.isEmpty() ? 1 : Integer.parseInt(names.getLast().substring(0, 4)) + 1;
    }

    private void checkUniqueNumbers(List<String> names) {
        for (int i = 1; i < names.size(); i++) {
            if (names.get(i).substring(0, 4).equals(names.get(i - 1).substring(0, 4))) {
                throw new MigrationError("Two migrations in " + directory + " have the number " + names.get(i).substring(0, 4)
                        + ": " + names.get(i - 1) + " and " + names.get(i)
                        + ". Renumber the one that has not run anywhere yet (and its id inside the file).");
            }
        }
    }
}
