package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.QueryLog;
import io.aksara.it.models.Specimen;
import io.aksara.it.models.Specimen.Tone;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * bulkCreate on PostgreSQL sends a batch as {@code INSERT ... SELECT * FROM unnest(?::int8[], ..)}:
 * one array per column, one statement text whatever the batch size or NULLs. Every kind of field
 * comes back as given (NULL in every nullable column, extremes, unicode and awkward text, JSON,
 * bytes, enums, times with zones), keys are assigned in the order of the list, and the SQL shows
 * which form ran. The other databases keep the multi-row VALUES and must store the same.
 */
@OnEveryDatabase
class BulkUnnestSuite extends SuiteSchema {
    BulkUnnestSuite() {
        super(Specimen.class);
    }

    /** Text a hand-built array literal would get wrong: quotes, backslashes, braces, commas, NULL, unicode. */
    private static final List<String> AWKWARD = List.of("a\"b\\c,{d}", "NULL", "", " padded ", "ü日本🙂", "line\nbreak");

    /** Row i of a batch: row 0 of every four NULL in every nullable column, the others at extremes. */
    static Specimen specimen(String prefix, int i) {
        Specimen s = new Specimen();
        s.label = prefix + i;
        s.counter = i % 2 == 0 ? Long.MAX_VALUE - i : Long.MIN_VALUE + i;
        s.level = i % 2 == 0 ? Integer.MIN_VALUE + i : Integer.MAX_VALUE - i;
        s.ratio = i % 3 == 0 ? 1.0e300 : i % 3 == 1 ? -2.5e-300 : i / 8.0 - 3;
        s.ok = i % 2 == 1;
        if (i % 4 == 0) {
            return s; // every nullable column NULL
        }
        s.body = AWKWARD.get(i % AWKWARD.size()) + i;
        s.email = "user" + i + "@example.com";
        s.count = i % 2 == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        s.small = i % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        s.big = i % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        s.flag = i % 3 == 0;
        s.measure = -i / 3.0;
        s.amount = i % 3 == 0 ? new BigDecimal("99999999.9999") : i % 3 == 1 ? new BigDecimal("-0.0001")
                : BigDecimal.valueOf(i).movePointLeft(2);
        s.at = i % 3 == 0 ? OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.UTC)
                : i % 3 == 1 ? OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30))
                : OffsetDateTime.of(1970, 1, 1, 0, i % 60, i / 60, 0, ZoneOffset.ofHours(-8));
        s.wall = i % 2 == 0 ? LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000) : LocalDateTime.of(2000, 2, 29, 12, 0);
        s.day = i % 2 == 0 ? LocalDate.of(9999, 12, 31) : LocalDate.of(1000, 1, 1).plusDays(i);
        s.time = i % 2 == 0 ? LocalTime.of(23, 59, 59, 999_999_000) : LocalTime.MIDNIGHT.plusSeconds(i);
        s.pause = i % 2 == 0 ? Duration.ofDays(-3).minusMillis(1500) : Duration.ofDays(10_000).plusNanos(1000 * i);
        s.token = new UUID(i, -i);
        s.data = i % 3 == 0 ? "NULL" : Map.of("k", List.of(i, "ü\"{}"), "n", i % 2 == 0);
        s.blob = i % 3 == 0 ? new byte[0] : new byte[] {0, (byte) 0xFF, (byte) i, '\\', '"', ','};
        s.tone = i % 2 == 0 ? Tone.LOW : Tone.HIGH;
        return s;
    }

    static List<Specimen> specimens(String prefix, int n) {
        List<Specimen> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(specimen(prefix, i));
        }
        return out;
    }

    /** Each row as stored: every field equal to the instance's (instants and decimals by value), its key the instance's. */
    static void assertStoredAsGiven(List<Specimen> given) {
        Map<String, Specimen> stored = Specimen.objects.all().fetch().stream()
                .collect(Collectors.toMap(s -> s.label, Function.identity()));
        for (Specimen g : given) {
            Specimen s = stored.get(g.label);
            String row = g.label;
            assertThat(s).as(row).isNotNull();
            assertThat(s.id).as(row + " key").isEqualTo(g.id);
            assertThat(s.counter).as(row + " counter").isEqualTo(g.counter);
            assertThat(s.level).as(row + " level").isEqualTo(g.level);
            assertThat(s.ratio).as(row + " ratio").isEqualTo(g.ratio);
            assertThat(s.ok).as(row + " ok").isEqualTo(g.ok);
            assertThat(s.body).as(row + " body").isEqualTo(g.body);
            assertThat(s.email).as(row + " email").isEqualTo(g.email);
            assertThat(s.count).as(row + " count").isEqualTo(g.count);
            assertThat(s.small).as(row + " small").isEqualTo(g.small);
            assertThat(s.big).as(row + " big").isEqualTo(g.big);
            assertThat(s.flag).as(row + " flag").isEqualTo(g.flag);
            assertThat(s.measure).as(row + " measure").isEqualTo(g.measure);
            if (g.amount == null) {
                assertThat(s.amount).as(row + " amount").isNull();
            } else {
                assertThat(s.amount).as(row + " amount").isEqualByComparingTo(g.amount);
            }
            if (g.at == null) {
                assertThat(s.at).as(row + " at").isNull();
            } else {
                assertThat(s.at.toInstant()).as(row + " at").isEqualTo(g.at.toInstant());
            }
            assertThat(s.wall).as(row + " wall").isEqualTo(g.wall);
            assertThat(s.day).as(row + " day").isEqualTo(g.day);
            assertThat(s.time).as(row + " time").isEqualTo(g.time);
            assertThat(s.pause).as(row + " pause").isEqualTo(g.pause);
            assertThat(s.token).as(row + " token").isEqualTo(g.token);
            assertThat(s.blob).as(row + " blob").isEqualTo(g.blob);
            assertThat(s.tone).as(row + " tone").isEqualTo(g.tone);
            assertThat(String.valueOf(s.data)).as(row + " data").isEqualTo(String.valueOf(jsonAsRead(g.data)));
        }
    }

    /** A JSON value as it reads back: the same value saved on its own and read again (maps and numbers as JSON reads them). */
    private static Object jsonAsRead(Object data) {
        if (data == null) {
            return null;
        }
        Specimen probe = specimen("probe", 1);
        probe.data = data;
        probe.save();
        Object read = Specimen.objects.get("id", probe.id).data;
        probe.delete();
        return read;
    }

    private static void assertKeysInOrder(List<Specimen> rows) {
        assertThat(rows).allSatisfy(s -> assertThat(s.id).as(s.label).isNotNull());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).id).as(rows.get(i).label).isGreaterThan(rows.get(i - 1).id);
        }
    }

    private void assertForm(List<String> sql, int statements) {
        List<String> inserts = sql.stream().filter(s -> s.toLowerCase().startsWith("insert")).toList();
        assertThat(inserts).as("one INSERT per batch").hasSize(statements);
        if (db.isPostgres()) {
            assertThat(inserts).allSatisfy(s -> assertThat(s).contains("select * from unnest(?::text[], ?::int8[], ?::int4[], ?::float8[], ?::bool[], ")
                    .doesNotContain("values").containsIgnoringCase(" returning ")); // keys as the query's rows
            assertThat(inserts.stream().distinct()).as("one text for every batch").hasSize(1);
        } else {
            assertThat(inserts).allSatisfy(s -> assertThat(s.toLowerCase()).contains("values").doesNotContain("unnest"));
        }
    }

    @Test
    void aBatchOfOneStoresEveryKindAndNull() {
        List<Specimen> one = specimens("one", 1); // row 0: every nullable column NULL
        List<String> sql = QueryLog.capture(() -> Specimen.objects.bulkCreate(one));
        assertForm(sql, 1);
        assertKeysInOrder(one);
        assertStoredAsGiven(one);
        List<Specimen> full = List.of(specimen("full", 3)); // no NULL at all
        Specimen.objects.bulkCreate(full);
        assertStoredAsGiven(full);
    }

    @Test
    void aBatchOfAHundredStoresEveryValueWithItsKey() {
        List<Specimen> rows = specimens("h", 100);
        List<String> sql = QueryLog.capture(() -> Specimen.objects.bulkCreate(rows));
        assertForm(sql, 1);
        assertKeysInOrder(rows);
        assertStoredAsGiven(rows);
    }

    @Test
    void batchesOfEverySizeShareOneStatementAndKeepTheirOrder() {
        List<Specimen> rows = specimens("s", 250);
        List<String> sql = QueryLog.capture(() -> Specimen.objects.bulkCreate(rows, 100)); // 100, 100, 50
        assertForm(sql, 3);
        assertKeysInOrder(rows);
        assertStoredAsGiven(rows);
        assertThat(Specimen.objects.count()).isEqualTo(250);
    }

    @Test
    void rowsThatCarryTheirKeysKeepThem() {
        List<Specimen> rows = specimens("k", 5);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = 1_000_000L + 7L * (rows.size() - i); // given, in falling order
        }
        List<String> sql = QueryLog.capture(() -> Specimen.objects.bulkCreate(rows));
        assertThat(sql.stream().filter(s -> s.toLowerCase().startsWith("insert")))
                .singleElement().satisfies(s -> assertThat(s.toLowerCase()).doesNotContain(" returning ")); // no key asked back
        assertThat(rows).extracting(s -> s.id).containsExactly(1_000_035L, 1_000_028L, 1_000_021L, 1_000_014L, 1_000_007L);
        assertStoredAsGiven(rows);
    }

    @Test
    void upsertUpdatesAndInsertsInOneStatementPerBatchWithEveryKeyInOrder() {
        List<Specimen> existing = specimens("u", 30);
        Specimen.objects.bulkCreate(existing);
        List<Specimen> rows = specimens("u", 60); // 30 that exist (same keys, new counter and body), 30 new with keys
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = i < 30 ? existing.get(i).id : existing.get(29).id + 1000L + i;
            rows.get(i).counter = 7L * i;
            rows.get(i).body = "upserted " + i;
            rows.get(i).level = -1; // not an update field: an existing row keeps its own
        }
        List<String> sql = QueryLog.capture(() -> Specimen.objects.upsert(rows, List.of("id"), List.of("counter", "body"), 25));
        List<String> upserts = sql.stream().filter(s -> s.toLowerCase().matches("(?s)(insert|merge) .*")).toList();
        assertThat(upserts).as("one statement per batch").hasSize(3);
        if (db.isPostgres()) {
            assertThat(upserts).allSatisfy(s -> assertThat(s.toLowerCase()).contains("select * from unnest(?::int8[], ?::text[], ")
                    .contains(" on conflict (").contains(" returning ").doesNotContain("values"));
            assertThat(upserts.stream().distinct()).as("one text for every batch").hasSize(1);
        }
        Map<String, Specimen> stored = Specimen.objects.all().fetch().stream()
                .collect(Collectors.toMap(s -> s.label, Function.identity()));
        assertThat(stored).hasSize(60);
        for (int i = 0; i < rows.size(); i++) {
            Specimen s = stored.get("u" + i);
            assertThat(s.id).as("u" + i).isEqualTo(rows.get(i).id);
            assertThat(s.counter).as("u" + i).isEqualTo(7L * i);
            assertThat(s.body).as("u" + i).isEqualTo("upserted " + i);
            assertThat(s.level).as("u" + i).isEqualTo(i < 30 ? existing.get(i).level : -1);
        }
        assertStoredAsGiven(rows.subList(30, 60)); // inserted: every column as given

        List<Specimen> fresh = specimens("f", 40); // keys made by the database: RETURNING, in the list's order
        Specimen.objects.upsert(fresh, List.of("id"), List.of("counter"), 15);
        if (db.vendor().upsertReturnsKeys()) {
            assertKeysInOrder(fresh);
            assertStoredAsGiven(fresh);
        }
        assertThat(Specimen.objects.count()).isEqualTo(100);
    }
}
