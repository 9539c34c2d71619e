package io.aksara.it;

import io.aksara.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The setup the field kind suites share: the table lifecycle of {@link SuiteSchema} (once per
 * database the suite's models get their tables from a migration, every test starts with them
 * empty, and the tables are migrated away after the database's run), and reading back the
 * changelogs a suite's own {@code makemigrations} wrote.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class BinaryFieldSuite extends KindSuiteSchema {
 *     BinaryFieldSuite() { super(Attachment.class); }
 * }
 * }</pre>
 */
public abstract class KindSuiteSchema extends SuiteSchema {
    @SafeVarargs
    protected KindSuiteSchema(Class<? extends Model>... models) {
        super(models);
    }

    /** The text of the first changelog under {@code dir} whose name starts with {@code prefix} ({@code "0001"}). */
    protected static String changelog(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElseThrow();
        }
    }
}
