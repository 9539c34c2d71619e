package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.ForUpdate;
import io.aksara.Transaction;
import io.aksara.aggregates.StdDev;
import io.aksara.functions.Length;
import io.aksara.it.models.Post;
import io.aksara.it.models.Token;
import io.aksara.jooq.Jooq;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.sql.LookupSql;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.H2Vendor;
import io.aksara.jooq.vendor.MariadbVendor;
import io.aksara.jooq.vendor.MysqlVendor;
import io.aksara.jooq.vendor.PostgresVendor;
import io.aksara.jooq.vendor.SqliteVendor;
import io.aksara.jooq.vendor.UnsupportedFeature;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.jooq.vendor.Vendors;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * One vendor per database, not per dialect family (docs/vendors.md, "How a vendor is chosen"): two
 * databases of the same family are open at once, one of them reached through a URL that a
 * registered subclass of the family's vendor accepts ("marked": its {@code char_length} counts
 * 1,000 more, and it has no SKIP LOCKED, statistical aggregates or array columns). Each database
 * renders, checks features and migrates with its own vendor, also from many virtual threads at
 * once, and so does a lookup of your own registered with {@code LookupSql.registerPerVendor}. The
 * pair is the database under test and the same database (servers: its URL with a
 * harmless marker property) or another one of its kind (H2 in memory, a SQLite file).
 */
@OnEveryDatabase
class VendorPerDatabaseSuite {
    private static final String MARKED = "marked";
    private static final String MARKER = "aksara_marked";

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private Vendor marked;
    private DatabaseConfig markedConfig;
    private Migrations markedTables;

    @BeforeParameterizedClassInvocation
    void openBothDatabases() throws IOException {
        DatabaseConfig config = db.config();
        Aksara.configure(config);
        schema = MigratedSchema.create(config, Token.class);
        marked = markedOf(db.vendor());
        Vendors.register(marked);
        markedConfig = markedConfig(config);
        Aksara.configure(MARKED, markedConfig);
        markedTables = null; // (a field an earlier database's run may have set)
        if (db.isInProcess()) { // H2 and SQLite: a database of its own, its tables migrated there
            markedTables = migrations(markedConfig, Token.class);
            markedTables.makemigrations(MakeMigrationsOptions.defaults());
            markedTables.migrate();
        }
    }

    @AfterParameterizedClassInvocation
    void closeBothDatabases() {
        try {
            if (markedTables != null) {
                markedTables.migrate("zero");
            }
            if (schema != null) {
                schema.drop();
            }
            Aksara.close();
        } finally {
            Vendors.unregister(marked);
        }
    }

    @BeforeEach
    void oneRowOnEach() {
        schema.deleteAllRows();
        Token.objects.using(MARKED).delete();
        Token.objects.create("name", "Äpfel", "rank", 1);
        if (markedTables != null) {
            Token.objects.using(MARKED).create("name", "Äpfel", "rank", 1);
        }
        assertThat(Token.objects.count()).as("rows on the database under test").isEqualTo(1);
        assertThat(Token.objects.using(MARKED).count()).as("rows on the marked database").isEqualTo(1);
    }

    @Test
    void eachDatabaseHasTheVendorThatAcceptedItsUrl() {
        assertThat(JooqBackend.of(Aksara.backend(MARKED)).databaseVendor()).isSameAs(marked);
        assertThat(JooqBackend.of(Aksara.backend()).databaseVendor()).isNotSameAs(marked)
                .isSameAs(Vendors.forUrl(Aksara.config(Aksara.DEFAULT).url()));
        assertThat(Vendors.of(db.vendor().dialect())).as("the dialect's fallback is the last registered").isSameAs(marked);
    }

    @Test
    void eachDatabaseRendersItsOwnSql() {
        assertThat(length(Aksara.DEFAULT)).isEqualTo(5);
        assertThat(length(MARKED)).isEqualTo(1005);
        // the same QuerySet as jOOQ SQL: the marked database's has the added 1000 (a bound value)
        assertThat(Jooq.select(Token.objects.using(MARKED).annotate(Length.of("name").as("len"))).getBindValues())
                .contains(1000);
        assertThat(Jooq.select(Token.objects.annotate(Length.of("name").as("len"))).getBindValues()).doesNotContain(1000);
    }

    @Test
    void bothDatabasesAtOnceFromVirtualThreads() throws Exception {
        List<Future<List<String>>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 16; t++) {
                String alias = t % 2 == 0 ? Aksara.DEFAULT : MARKED;
                int expected = alias.equals(MARKED) ? 1005 : 5;
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        int got = length(alias);
                        if (got != expected) {
                            wrong.add(alias + ": " + got);
                        }
                    }
                    return wrong;
                }));
            }
        }
        for (Future<List<String>> r : results) {
            assertThat(r.get()).as("lengths read with another database's vendor").isEmpty();
        }
    }

    @Test
    void aLookupOfYourOwnGetsTheVendorOfTheDatabaseItRunsOn() {
        Lookups.register(new Lookup() {
            @Override public String name() { return "vendor_chars"; }
            @Override public boolean appliesTo(FieldType type) { return type == FieldType.STRING; }
            @Override public Object prepare(FieldMeta<?, ?> field, Object value) { return (Integer) value; }
        });
        LookupSql.registerPerVendor("vendor_chars",
                (column, value, vendor) -> vendor.charLength(column.coerce(String.class)).eq(DSL.val((Integer) value)));
        assertThat(Token.objects.filter("name__vendor_chars", 5).count()).isEqualTo(1);
        assertThat(Token.objects.filter("name__vendor_chars", 1005).count()).isZero();
        assertThat(Token.objects.using(MARKED).filter("name__vendor_chars", 1005).count()).isEqualTo(1);
        assertThat(Token.objects.using(MARKED).filter("name__vendor_chars", 5).count()).isZero();
    }

    @Test
    void aFeatureOnlyTheMarkedVendorLacksIsRefusedOnItsDatabaseOnly() {
        db.assumeFeature(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED, Feature.STATISTICAL_AGGREGATES);
        assertThat(Transaction.atomic(() -> Token.objects.selectForUpdate(ForUpdate.SKIP_LOCKED).fetch())).hasSize(1);
        assertThatThrownBy(() -> Transaction.using(MARKED).atomic(
                () -> Token.objects.using(MARKED).selectForUpdate(ForUpdate.SKIP_LOCKED).fetch()))
                .isInstanceOf(UnsupportedFeature.class)
                .hasMessageStartingWith(marked.displayName() + " has no")
                .satisfies(e -> assertThat(((UnsupportedFeature) e).feature()).isEqualTo(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED));
        // checked while the aggregate is lowered, not by the backend before it
        assertThat(Token.objects.aggregate(StdDev.of("rank"))).containsKey("rank__stddev");
        assertThatThrownBy(() -> Token.objects.using(MARKED).aggregate(StdDev.of("rank")))
                .isInstanceOf(UnsupportedFeature.class)
                .satisfies(e -> assertThat(((UnsupportedFeature) e).feature()).isEqualTo(Feature.STATISTICAL_AGGREGATES));
    }

    @Test
    void aMigrationRunsWithTheVendorOfTheMigratedDatabase() throws IOException {
        db.assumeFeature(Feature.ARRAYS); // the marked vendor has none
        // both aliases reach one server database here: a second migration after the suite's own
        // 0001_initial, the same files migrated through each alias
        Path dir = Files.createTempDirectory("aksara-it-vendor-migrations");
        try (var files = Files.list(schema.directory())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        List<ModelMeta<?>> models = List.of(ModelRegistry.metaOf(Token.class), ModelRegistry.metaOf(Post.class));
        Migrations onMarked = Migrations.at(dir).models(models).database(markedConfig);
        onMarked.makemigrations(MakeMigrationsOptions.defaults().withName("posts"));
        assertThatThrownBy(onMarked::migrate)
                .isInstanceOf(UnsupportedFeature.class)
                .hasMessageStartingWith(marked.displayName() + " has no array columns")
                .hasMessageContaining("nothing was migrated");
        Migrations onPlain = Migrations.at(dir).models(models).database(Aksara.config(Aksara.DEFAULT));
        try {
            onPlain.migrate();
            Post.objects.create("title", "a", "tags", List.of("java"));
            assertThat(Post.objects.get("title", "a").tags).containsExactly("java");
        } finally {
            onPlain.migrate("0001_initial");
        }
    }

    private static int length(String alias) {
        Token t = Token.objects.using(alias).annotate(Length.of("name").as("len")).get("rank", 1);
        return ((Number) t.annotations().get("len")).intValue();
    }

    @SafeVarargs
    private static Migrations migrations(DatabaseConfig config, Class<? extends io.aksara.Model>... models) throws IOException {
        Path dir = Files.createTempDirectory("aksara-it-vendor-migrations");
        return Migrations.at(dir).models(List.of(models).stream().<ModelMeta<?>>map(ModelRegistry::metaOf).toList())
                .database(config);
    }

    /** A second database of the same family that only the marked vendor accepts. */
    private DatabaseConfig markedConfig(DatabaseConfig plain) {
        String url = plain.url();
        String markedUrl;
        if (db.isSqlite()) {
            try {
                Path file = Files.createTempFile(MARKER, ".sqlite");
                file.toFile().deleteOnExit();
                markedUrl = "jdbc:sqlite:" + file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (db.isInProcess()) {
            markedUrl = "jdbc:h2:mem:" + MARKER + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        } else if (db.isPostgres()) {
            markedUrl = url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + MARKER;
        } else { // MySQL and MariaDB drivers: a connection attribute the server only records
            markedUrl = url + (url.contains("?") ? "&" : "?") + "connectionAttributes=program_name:" + MARKER;
        }
        return DatabaseConfig.builder().url(markedUrl).user(plain.user()).password(plain.password()).poolSize(4).build();
    }

    private static Vendor markedOf(Vendor base) {
        return switch (base) {
            case MariadbVendor v -> new MarkedMariadb();
            case MysqlVendor v -> new MarkedMysql();
            case PostgresVendor v -> new MarkedPostgres();
            case SqliteVendor v -> new MarkedSqlite();
            case H2Vendor v -> new MarkedH2();
            default -> throw new IllegalArgumentException("no marked vendor for " + base.displayName());
        };
    }

    // The marked vendors: the family's own, but for URLs with the marker, with one function and
    // three features changed. Each override calls one of these, so the five stay alike.

    private static boolean accepts(boolean family, String url) {
        return family && url.contains(MARKER);
    }

    private static Set<Feature> fewer(Set<Feature> features) {
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        out.addAll(features);
        out.removeAll(EnumSet.of(Feature.SELECT_FOR_UPDATE_SKIP_LOCKED, Feature.STATISTICAL_AGGREGATES, Feature.ARRAYS));
        return out;
    }

    private static Field<Integer> longer(Field<Integer> length) {
        return length.plus(1000);
    }

    private static final class MarkedH2 extends H2Vendor {
        @Override public boolean acceptsUrl(String url) { return accepts(super.acceptsUrl(url), url); }
        @Override public Set<Feature> features() { return fewer(super.features()); }
        @Override public Field<Integer> charLength(Field<String> text) { return longer(super.charLength(text)); }
        @Override public String displayName() { return "Marked " + super.displayName(); }
    }

    private static final class MarkedPostgres extends PostgresVendor {
        @Override public boolean acceptsUrl(String url) { return accepts(super.acceptsUrl(url), url); }
        @Override public Set<Feature> features() { return fewer(super.features()); }
        @Override public Field<Integer> charLength(Field<String> text) { return longer(super.charLength(text)); }
        @Override public String displayName() { return "Marked " + super.displayName(); }
    }

    private static final class MarkedMysql extends MysqlVendor {
        @Override public boolean acceptsUrl(String url) { return accepts(super.acceptsUrl(url), url); }
        @Override public Set<Feature> features() { return fewer(super.features()); }
        @Override public Field<Integer> charLength(Field<String> text) { return longer(super.charLength(text)); }
        @Override public String displayName() { return "Marked " + super.displayName(); }
    }

    private static final class MarkedMariadb extends MariadbVendor {
        @Override public boolean acceptsUrl(String url) { return accepts(super.acceptsUrl(url), url); }
        @Override public Set<Feature> features() { return fewer(super.features()); }
        @Override public Field<Integer> charLength(Field<String> text) { return longer(super.charLength(text)); }
        @Override public String displayName() { return "Marked " + super.displayName(); }
    }

    private static final class MarkedSqlite extends SqliteVendor {
        @Override public boolean acceptsUrl(String url) { return accepts(super.acceptsUrl(url), url); }
        @Override public Set<Feature> features() { return fewer(super.features()); }
        @Override public Field<Integer> charLength(Field<String> text) { return longer(super.charLength(text)); }
        @Override public String displayName() { return "Marked " + super.displayName(); }
    }
}
