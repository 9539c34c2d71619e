package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.F;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Sum;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.expr.Value;
import io.aksara.it.models.Booking;
import io.aksara.it.models.Booking_;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import io.aksara.kinds.DurationKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code @DurationField} on every database: an interval on PostgreSQL, microseconds elsewhere.
 * Edge values read back to the microsecond, comparison lookups and ordering, arithmetic with
 * date-times in annotations, filters and updates, Sum and Avg, wrong values refused before any
 * SQL, migrations and inspectdb.
 */
@OnEveryDatabase
class DurationFieldSuite extends KindSuiteSchema {
    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    DurationFieldSuite() {
        super(Booking.class);
    }

    private static Booking book(String room, OffsetDateTime start, Duration length) {
        return Booking.objects.create("room", room, "start", start, "length", length);
    }

    private static Duration length(String room) {
        return Booking.objects.get("room", room).length;
    }

    @Test
    void edgeValuesRoundTripToTheMicrosecond() {
        book("zero", NINE, Duration.ZERO);
        book("micro", NINE, Duration.ofNanos(1_000));
        book("negative", NINE, Duration.ofMinutes(-90).minusNanos(5_000));
        book("days", NINE, Duration.ofDays(400).plusHours(5).plusNanos(123_456_000));
        book("nanos", NINE, Duration.ofSeconds(2, 999_999_999));
        book("centuries", NINE, Duration.ofDays(36_500 * 20));

        assertThat(length("zero")).isEqualTo(Duration.ZERO);
        assertThat(length("micro")).isEqualTo(Duration.ofNanos(1_000));
        assertThat(length("negative")).isEqualTo(Duration.ofMinutes(-90).minusNanos(5_000));
        assertThat(length("days")).isEqualTo(Duration.ofDays(400).plusHours(5).plusNanos(123_456_000));
        // finer than a microsecond is cut, as for times
        assertThat(length("nanos")).isEqualTo(Duration.ofSeconds(2, 999_999_000));
        assertThat(length("centuries")).isEqualTo(Duration.ofDays(36_500 * 20));
        assertThat(Booking.objects.get("room", "zero").pause).isNull();
    }

    @Test
    void comparisonLookupsAndOrdering() {
        book("short", NINE, Duration.ofMinutes(30));
        book("hour", NINE, Duration.ofHours(1));
        book("long", NINE, Duration.ofHours(3));
        Booking.objects.filter("room", "long").update("pause", Duration.ofMinutes(15));

        assertThat(rooms(Booking.objects.filter("length", Duration.ofHours(1)).fetch())).containsExactly("hour");
        assertThat(rooms(Booking.objects.filter("length__gt", Duration.ofMinutes(30)).orderBy("length").fetch()))
                .containsExactly("hour", "long");
        assertThat(rooms(Booking.objects.filter("length__lte", Duration.ofHours(1)).orderBy("-length").fetch()))
                .containsExactly("hour", "short");
        assertThat(rooms(Booking.objects.filter("length__range", List.of(Duration.ofMinutes(31), Duration.ofHours(3)))
                .orderBy("room").fetch())).containsExactly("hour", "long");
        assertThat(rooms(Booking.objects.filter("length__in", List.of(Duration.ofMinutes(30), Duration.ofHours(3)))
                .orderBy("room").fetch())).containsExactly("long", "short");
        assertThat(rooms(Booking.objects.filter("pause__isnull", false).fetch())).containsExactly("long");
        assertThat(rooms(Booking.objects.filter(Booking_.length.gte(Duration.ofHours(1))).orderBy("room").fetch()))
                .containsExactly("hour", "long");
        assertThat(Booking.objects.aggregate("longest", Max.of("length")).get("longest")).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void sumAndAvgAreDurations() {
        book("a", NINE, Duration.ofMinutes(30));
        book("b", NINE, Duration.ofMinutes(45));
        book("c", NINE, Duration.ofHours(2).plusNanos(3_000));

        Map<String, Object> totals = Booking.objects.aggregate(Sum.of("length").as("total"), Avg.of("length").as("mean"));
        assertThat(totals.get("total")).isEqualTo(Duration.ofMinutes(195).plusNanos(3_000));
        assertThat(totals.get("mean")).isEqualTo(Duration.ofMinutes(65).plusNanos(1_000));
        assertThat(Booking.objects.filter("room", "none").aggregate("total", Sum.of("length")).get("total")).isNull();
    }

    @Test
    void durationsAddToDateTimes() {
        db.assumeFeature(Feature.DURATION_ARITHMETIC);
        book("early", NINE, Duration.ofMinutes(90));
        book("late", NINE.plusHours(1), Duration.ofMinutes(30).plusNanos(7_000));
        Booking.objects.filter("room", "early").update("ended", NINE.plusMinutes(100));
        Booking.objects.filter("room", "late").update("ended", NINE.plusMinutes(80));

        List<Booking> ends = Booking.objects.annotate(F.of("start").plus(F.of("length")).as("ends")).orderBy("room").fetch();
        assertThat(ends.stream().map(b -> b.annotation("ends", OffsetDateTime.class).toInstant()))
                .containsExactly(NINE.plusMinutes(90).toInstant(), NINE.plusMinutes(90).plusNanos(7_000).toInstant());
        // a duration on the left adds the same
        assertThat(Booking.objects.annotate(F.of("length").plus(F.of("start")).as("ends")).get("room", "early")
                .annotation("ends", OffsetDateTime.class).toInstant()).isEqualTo(NINE.plusMinutes(90).toInstant());
        // overran: ended after start + length
        assertThat(rooms(Booking.objects.filter("ended__gt", F.of("start").plus(F.of("length"))).fetch())).containsExactly("early");
        assertThat(rooms(Booking.objects.filter("ended__lt", F.of("start").plus(F.of("length"))).fetch())).containsExactly("late");
        // minus, and a constant Duration
        assertThat(rooms(Booking.objects.filter("start__lt", F.of("ended").minus(Value.of(Duration.ofMinutes(95)))).fetch()))
                .containsExactly("early");
        // durations add to durations; an update extends every booking by ten minutes
        assertThat(Booking.objects.all().update("length", F.of("length").plus(Duration.ofMinutes(10)))).isEqualTo(2);
        assertThat(length("early")).isEqualTo(Duration.ofMinutes(100));
        assertThat(length("late")).isEqualTo(Duration.ofMinutes(40).plusNanos(7_000));
    }

    @Test
    void wrongValuesAndMeaninglessOperationsAreRefusedBeforeSql() {
        assertThatThrownBy(() -> book("x", NINE, null)).isInstanceOf(ValidationError.class)
                .hasMessageContaining("length").hasMessageContaining("cannot be null");
        assertThatThrownBy(() -> Booking.objects.create("room", "x", "start", NINE, "length", 90))
                .isInstanceOf(FieldError.class).hasMessageContaining("Booking.length").hasMessageContaining("a Duration");
        assertThatThrownBy(() -> Booking.objects.filter("length__gt", "PT1H"))
                .isInstanceOf(FieldError.class).hasMessageContaining("a Duration");
        assertThatThrownBy(() -> Booking.objects.filter("length__hour", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("hour");
        assertThatThrownBy(() -> Booking.objects.annotate(F.of("length").times(2).as("twice")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("DurationField");
        assertThatThrownBy(() -> Booking.objects.annotate(F.of("length").minus(F.of("start")).as("odd")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("DateTimeField");
        assertThatThrownBy(() -> book("x", NINE, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(ValidationError.class).hasMessageContaining("64-bit count of microseconds");
        assertThat(Booking.objects.count()).isZero();
    }

    @Test
    void migrationsWriteTheDurationPropertyAndTheDatabaseKeepsIt() throws IOException, SQLException {
        assertThat(Booking_.META.field("length").kind()).isInstanceOf(DurationKind.class);
        assertThat(Booking_.META.field("length").type()).isEqualTo(FieldType.DURATION);
        Path dir = Files.createTempDirectory("duration-migrations");
        Migrations migrations = Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Booking.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        assertThat(changelog(dir, "0001")).containsPattern("name: \"length\"\\s+type: \"\\$\\{aksara.duration}\"");
        assertThat(changelog(dir, "changelog")).contains("name: \"aksara.duration\"").contains("value: \"INTERVAL\"")
                .contains("value: \"BIGINT\"");
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("0002"))).isEmpty();
        }
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            boolean upper = md.storesUpperCaseIdentifiers();
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, upper ? "BOOKINGS" : "bookings", upper ? "LENGTH" : "length")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT))
                        .isEqualTo(db.isPostgres() ? "interval" : db.isSqlite() ? "integer" : "bigint"); // SQLite's 64-bit integer
            }
        }
    }

    @Test
    void inspectdbReadsAnIntervalAsADurationField() throws SQLException {
        db.assumeFeature(Feature.TYPED_COLUMNS); // SQLite declares a BIGINT INTEGER: inspectdb reads an int
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            String source = InspectDb.of(c).packageName("legacy").tables("bookings").inspect().sources().get("Booking.java");
            if (db.isPostgres()) {
                assertThat(source).contains("import java.time.Duration;").contains("@DurationField public Duration length;")
                        .contains("@DurationField(nullable = true) public Duration pause;");
            } else {
                // microseconds in a BIGINT are just a number to a reader of the schema (boxed: NOT NULL, no default)
                assertThat(source).contains("@BigIntegerField public Long length;");
            }
        }
    }


    private static List<String> rooms(List<Booking> bookings) {
        return bookings.stream().map(b -> b.room).toList();
    }
}
