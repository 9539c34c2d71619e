package io.aksara.it;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The setup the field kind suites share: once per database the suite's models get their tables
 * from a migration ({@link MigratedSchema}), every test starts with them empty, and the tables
 * are migrated away after the database's run. Also reads back the changelogs a suite's own
 * {@code makemigrations} wrote.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class BinaryFieldSuite extends KindSuiteSchema {
 *     BinaryFieldSuite() { super(Attachment.class); }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KindSuiteSchema {
    /** The database of the current run. */
    @Parameter
    protected TestDatabase db;

    private final List<Class<? extends Model>> models;
    private MigratedSchema schema;

    @SafeVarargs
    protected KindSuiteSchema(Class<? extends Model>... models) {
        this.models = List.of(models);
    }

    @BeforeParameterizedClassInvocation
    @SuppressWarnings("unchecked")
    final void createTables() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        schema = MigratedSchema.create(config, models.toArray(Class[]::new));
    }

    @AfterParameterizedClassInvocation
    final void dropTables() {
        if (schema == null) {
            return;
        }
        schema.drop();
        Aksara.close();
    }

    @BeforeEach
    final void empty() {
        schema.deleteAllRows();
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
