package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Shift;
import io.aksara.it.models.Shift_;
import io.aksara.jooq.JooqBackend;
import io.aksara.schemafirst.InspectDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field kinds added next to the original ones, on every database: {@code @LocalDateTimeField}
 * (a timestamp without time zone) written, read back at the edges of its range, filtered,
 * transformed, migrated and inspected.
 */
@OnEveryDatabase
class FieldKindsSuite extends KindSuiteSchema {
    private static final LocalDateTime FIRST = LocalDateTime.of(1, 1, 1, 0, 0);
    private static final LocalDateTime LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);

    FieldKindsSuite() {
        super(Shift.class);
    }

    private static Shift shift(String name, LocalDateTime startsAt) {
        return Shift.objects.create("name", name, "startsAt", startsAt);
    }

    @Test
    void localDateTimesRoundTripAsGivenAtTheEdgesOfTheRange() {
        Shift first = shift("first", FIRST);
        Shift last = shift("last", LAST);
        // finer than a microsecond is cut, as for every time Aksara writes
        Shift nanos = shift("nanos", LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789));
        // a wall-clock time around a daylight-saving change is kept as written: no zone is involved
        Shift dst = shift("dst", LocalDateTime.of(2024, 3, 31, 2, 30));

        assertThat(Shift.objects.get("id", first.id).startsAt).isEqualTo(FIRST);
        assertThat(Shift.objects.get("id", last.id).startsAt).isEqualTo(LAST);
        assertThat(Shift.objects.get("id", nanos.id).startsAt).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000));
        assertThat(Shift.objects.get("id", dst.id).startsAt).isEqualTo(LocalDateTime.of(2024, 3, 31, 2, 30));
        assertThat(Shift.objects.get("id", dst.id).endsAt).isNull();

        Shift read = Shift.objects.get("id", dst.id);
        read.endsAt = LocalDateTime.of(2024, 3, 31, 10, 0);
        read.save();
        assertThat(Shift.objects.get("id", dst.id).endsAt).isEqualTo(LocalDateTime.of(2024, 3, 31, 10, 0));
    }

    @Test
    void filtersTransformsAndOrderingUseTheWallClockTime() {
        shift("early", LocalDateTime.of(2024, 1, 15, 6, 0));
        shift("late", LocalDateTime.of(2024, 1, 15, 22, 30));
        shift("next", LocalDateTime.of(2025, 6, 1, 9, 15, 0, 500_000_000));

        assertThat(names(Shift.objects.filter("startsAt__gt", LocalDateTime.of(2024, 1, 15, 6, 0)).orderBy("startsAt")))
                .containsExactly("late", "next");
        assertThat(names(Shift.objects.filter("startsAt", LocalDateTime.of(2025, 6, 1, 9, 15, 0, 500_000_000))))
                .containsExactly("next");
        assertThat(names(Shift.objects.filter(Shift_.startsAt.range(LocalDateTime.of(2024, 1, 1, 0, 0),
                LocalDateTime.of(2024, 12, 31, 0, 0))).orderBy("-startsAt"))).containsExactly("late", "early");
        assertThat(names(Shift.objects.filter("startsAt__year", 2025)))
                .containsExactly("next");
        assertThat(names(Shift.objects.filter("startsAt__hour__gte", 22))).containsExactly("late");
        assertThat(names(Shift.objects.filter("endsAt__isnull", true).orderBy("name")))
                .containsExactly("early", "late", "next");
    }

    @Test
    void wrongValuesAreRefusedBeforeSql() {
        assertThatThrownBy(() -> Shift.objects.filter("startsAt__gt", OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)))
                .isInstanceOf(FieldError.class).hasMessageContaining("Shift.startsAt")
                .hasMessageContaining("a LocalDateTime");
        assertThatThrownBy(() -> shift("beyond", LocalDateTime.of(10000, 1, 1, 0, 0)))
                .isInstanceOf(ValidationError.class).hasMessageContaining("startsAt");
        assertThat(Shift.objects.count()).isZero();
    }

    @Test
    void inspectdbReadsTheColumnBackAsALocalDateTimeField() throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            String source = InspectDb.of(c).packageName("legacy").tables("shifts").inspect().sources().get("Shift.java");
            // MySQL's datetime(6) is also where Aksara keeps UTC instants (DateTimeField), which inspectdb prefers there
            assertThat(source).contains(db.isMariadb()
                    ? "@DateTimeField public OffsetDateTime startsAt;"
                    : "@LocalDateTimeField public LocalDateTime startsAt;");
        }
    }

    private static List<String> names(io.aksara.QuerySet<Shift> query) {
        return query.fetch().stream().map(s -> s.name).toList();
    }
}
