package io.aksara.schemafirst;

import io.aksara.schemafirst.internal.JooqTableScan;
import io.aksara.schemafirst.internal.CatalogFacts;
import io.aksara.schemafirst.internal.TableReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model sources from jOOQ-generated table classes, for a code base moving from jOOQ to Aksara:
 * the tables' fields, keys, foreign keys and indexes (as jOOQ's generator recorded them) become
 * models, exactly as {@link InspectDb} would write them from the live database.
 *
 * <pre>{@code
 * List<Path> files = InspectJooq.of(Public.PUBLIC.getTables())
 *         .packageName("com.shop.models")
 *         .write(Path.of("src/main/java"));
 * }</pre>
 *
 * <p>Generate the jOOQ classes with keys and indexes (the generator's defaults), or the models
 * will miss them. Immutable: each option returns a new instance.
 */
public final class InspectJooq {
    private static final Logger LOG = LoggerFactory.getLogger(InspectJooq.class);

    private final List<Table<?>> tables;
    private final String packageName;
    private final SQLDialect dialect;

    private InspectJooq(List<Table<?>> tables, String packageName, SQLDialect dialect) {
        this.tables = tables;
        this.packageName = packageName;
        this.dialect = dialect;
    }

    /** The tables to turn into models, such as {@code Public.PUBLIC.getTables()} or {@code DefaultCatalog.DEFAULT_CATALOG}'s. */
    public static InspectJooq of(Collection<? extends Table<?>> tables) {
        return new InspectJooq(List.copyOf(tables), "models", SQLDialect.DEFAULT);
    }

    /**
     * The tables of the jOOQ-generated classes in a package (and its subpackages) on a class
     * loader: the {@code public static final} table instances jOOQ's generator writes, once each.
     * For a build step that has the classes but no code naming them, such as the Maven plugin's
     * {@code generate-models} with {@code jooqPackage}.
     *
     * <pre>{@code
     * InspectJooq.ofPackage("com.shop.jooq", getClass().getClassLoader()).packageName("com.shop.models").inspect();
     * }</pre>
     *
     * @throws IllegalArgumentException when the package holds no jOOQ table, naming the package
     */
    public static InspectJooq ofPackage(String jooqPackage, ClassLoader loader) {
        if (jooqPackage == null || !javax.lang.model.SourceVersion.isName(jooqPackage)) {
            throw new IllegalArgumentException("Not a Java package name: " + jooqPackage);
        }
        List<Table<?>> tables = JooqTableScan.tables(jooqPackage, loader);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("No jOOQ table classes in package " + jooqPackage + " or its subpackages on the"
                    + " classpath; give the package jOOQ's code generator wrote (its <target><packageName>), compiled");
        }
        return of(tables);
    }

    /**
     * Only the tables of these names (in any case), as {@code inspectdb TABLE ...} reads only them.
     *
     * <pre>{@code InspectJooq.ofPackage("com.shop.jooq", loader).tables("customers", "orders").inspect(); }</pre>
     *
     * @throws IllegalArgumentException naming a table that is not among the classes, and the ones that are
     */
    public InspectJooq tables(String... names) {
        List<Table<?>> kept = new ArrayList<>();
        for (String name : names) {
            Table<?> table = tables.stream().filter(t -> t.getName().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No jOOQ table " + name + " among "
                            + tables.stream().map(Table::getName).sorted().toList()));
            kept.add(table);
        }
        return new InspectJooq(List.copyOf(kept), packageName, dialect);
    }

    /** The Java package of the generated models (default {@code models}). */
    public InspectJooq packageName(String name) {
        if (name == null || !name.isEmpty() && !javax.lang.model.SourceVersion.isName(name)) {
            throw new IllegalArgumentException("Not a Java package name: " + name);
        }
        return new InspectJooq(tables, name, dialect);
    }

    /**
     * The database the classes were generated from, when it matters: on MySQL and MariaDB a
     * {@code char(36)} column is a UUID, as Aksara stores them there.
     */
    public InspectJooq dialect(SQLDialect d) {
        return new InspectJooq(tables, packageName, Objects.requireNonNull(d, "dialect"));
    }

    /** Builds the model sources, without writing anything. */
    public Inspection inspect() {
        TableReader reader = new TableReader(dialect, CatalogFacts.NONE);
        List<TableDescription> read = new ArrayList<>();
        for (Table<?> t : tables) {
            read.add(reader.read(t));
        }
        return new Inspection(packageName, read, List.of());
    }

    /** Builds and writes the sources under a source root; warnings are logged. Returns the files written. */
    public List<Path> write(Path sourceRoot) {
        Inspection found = inspect();
        found.warnings().forEach(w -> LOG.warn("inspectdb: {}", w));
        return found.write(sourceRoot);
    }
}
