package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.QueryLog;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Probe;
import io.aksara.it.models.ProbeRack;
import io.aksara.it.models.RackLabel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One validation for every write: each write path (save, create, update, bulkCreate, bulkUpdate,
 * upsert, getOrCreate, updateOrCreate, a reverse manager's create, a many-to-many create and its
 * through defaults) refuses each invalid value with a {@link ValidationError} naming the model and
 * field, before any SQL runs, and writes nothing; and the values accepted at the edges of each
 * range are stored and read back the same on every database.
 */
@OnEveryDatabase
class WriteValidationSuite extends SuiteSchema {
    WriteValidationSuite() {
        super(ProbeRack.class, Probe.class, RackLabel.class);
    }

    /**
     * A value a field refuses. {@code given} is passed by name (create, update, ...);
     * {@code onInstance} is the same mistake set on an instance (save, bulk writes), or null when
     * the Java field cannot even hold it (a long in an {@code Integer}).
     */
    record Rule(String field, Object given, Object onInstance, String message) {
        @Override
        public String toString() {
            String shown = String.valueOf(given);
            return field + "=" + (shown.length() > 24 ? shown.substring(0, 24) + "..." : shown).replace("\u0000", "\\0");
        }
    }

    static List<Rule> probeRules() {
        Map<String, Object> cyclic = new LinkedHashMap<>();
        cyclic.put("self", cyclic);
        OffsetDateTime lastHourOf9999InNewYork = OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5));
        return List.of(
                same("code", null, "This field cannot be null."),
                same("code", "abcdef", "Ensure this value has at most 5 characters (it has 6)."),
                same("note", "a\u0000b", "Null characters are not allowed"),
                same("note", "broken \uD83D pair", "Unpaired surrogate \\uD83D"),
                same("email", "someone@", "Enter a valid email address."),
                same("status", "lost", "is not a valid choice. Choices: new, done."),
                new Rule("count", 3_000_000_000L, null, "less than or equal to 2147483647"),
                new Rule("big", BigInteger.TWO.pow(63), null, "less than or equal to 9223372036854775807"),
                same("ratio", Double.NaN, "Enter a finite number"),
                same("ratio", Double.NEGATIVE_INFINITY, "Enter a finite number"),
                same("price", new BigDecimal("1.005"), "no more than 2 decimal places"),
                same("price", new BigDecimal("1234.5"), "no more than 3 digits before the decimal point"),
                new Rule("price", Double.NaN, null, "a DecimalField cannot hold NaN"),
                new Rule("price", Double.POSITIVE_INFINITY, null, "a DecimalField cannot hold Infinity"),
                same("at", OffsetDateTime.MAX, "Ensure this date and time is between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z"),
                new Rule("at", Instant.MAX, OffsetDateTime.MIN, "Ensure this date and time is between"),
                same("at", lastHourOf9999InNewYork, "Ensure this date and time is between"),
                same("day", LocalDate.MAX, "Ensure this date is between 0001-01-01 and 9999-12-31"),
                same("data", cyclic, "the map contains itself"),
                same("data", Map.of("when", new Object()), "cannot write a Object as JSON"),
                same("data", List.of("ok", "nul\u0000"), "at $[1]: Null characters are not allowed"));
    }

    private static Rule same(String field, Object value, String message) {
        return new Rule(field, value, value, message);
    }

    /** How one write path attempts to write a Probe whose {@code field} has {@code value}. */
    interface WritePath {
        /** Sets up what the write needs (outside the capture) and returns the write itself. */
        Runnable prepare(String field, Object value);
    }

    record Named(String name, boolean byName, boolean bulk, WritePath path) {}

    /** The write paths; {@code byName} ones take values as given, the others on an instance. */
    List<Named> paths() {
        return List.of(
                new Named("save", false, false, (field, value) -> {
                    Probe p = valid("P1");
                    set(p, field, value);
                    return p::save;
                }),
                new Named("create", true, false, (field, value) ->
                        () -> create(Probe.objects::create, args("P1", field, value))),
                new Named("update", true, false, (field, value) -> {
                    Probe p = Probe.objects.create("code", "P1");
                    return () -> Probe.objects.filter("pk", p.id).update(field, value);
                }),
                new Named("bulkCreate", false, true, (field, value) -> {
                    Probe bad = valid("P2");
                    set(bad, field, value);
                    return () -> Probe.objects.bulkCreate(List.of(valid("P1"), bad));
                }),
                new Named("bulkUpdate", false, true, (field, value) -> {
                    Probe first = Probe.objects.create("code", "P1");
                    Probe bad = Probe.objects.create("code", "P2");
                    set(bad, field, value);
                    return () -> Probe.objects.bulkUpdate(List.of(first, bad), field);
                }),
                new Named("upsert", false, true, (field, value) -> {
                    Probe.objects.create("code", "P1");
                    Probe bad = valid("P1");
                    set(bad, field, value);
                    String update = field.equals("code") ? "note" : field;
                    return () -> Probe.objects.upsert(List.of(valid("P2"), bad), List.of("code"), List.of(update));
                }),
                new Named("getOrCreate", true, false, (field, value) -> () -> {
                    if (field.equals("code")) {
                        Probe.objects.getOrCreate(mapOf("code", value), Map.of());
                    } else {
                        Probe.objects.getOrCreate(Map.of("code", "P1"), mapOf(field, value));
                    }
                }),
                new Named("updateOrCreate", true, false, (field, value) -> {
                    Probe.objects.create("code", "P1");
                    return () -> Probe.objects.updateOrCreate(Map.of("code", "P1"), mapOf(field, value));
                }),
                new Named("Related.create", true, false, (field, value) -> {
                    ProbeRack rack = ProbeRack.objects.create("name", "A");
                    return () -> create(rack.probes()::create, args("P1", field, value));
                }),
                new Named("Many.create", true, false, (field, value) -> {
                    ProbeRack rack = ProbeRack.objects.create("name", "A");
                    return () -> create(rack.labelled::create, args("P1", field, value));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyWritePathRefusesEveryInvalidValueBeforeSql() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Named path : paths()) {
            for (Rule rule : probeRules()) {
                Object value = path.byName() ? rule.given() : rule.onInstance();
                if (value == null && rule.given() != null) {
                    continue; // the Java field cannot hold this mistake, so no instance can carry it
                }
                tests.add(DynamicTest.dynamicTest(path.name() + ": " + rule, () -> refused(path, rule, value)));
            }
        }
        return tests.stream();
    }

    private void refused(Named path, Rule rule, Object value) {
        schema.deleteAllRows();
        Runnable write = path.path().prepare(rule.field(), value);
        List<Map<String, Object>> before = rows();
        List<ValidationError> thrown = new ArrayList<>();
        List<String> sql = QueryLog.capture(() -> {
            try {
                write.run();
            } catch (ValidationError e) {
                thrown.add(e);
            }
        });
        assertThat(thrown).as("a ValidationError from " + path.name()).hasSize(1);
        ValidationError e = thrown.getFirst();
        assertThat(e.model()).isEqualTo("Probe");
        String key = path.bulk() ? "[1]." + rule.field() : rule.field();
        assertThat(e.errors()).containsKey(key);
        assertThat(String.join(" ", e.errors().get(key))).contains(rule.message());
        assertThat(e.getMessage()).startsWith("Invalid Probe: ").contains(key + ": ");
        assertThat(sql).as("statements run by " + path.name()).isEmpty();
        assertThat(rows()).as("rows after " + path.name()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ through defaults

    @TestFactory
    Stream<DynamicTest> throughDefaultsAreValidatedBeforeSql() {
        List<Object[]> rules = List.of(
                new Object[] {"note", "x".repeat(11), "at most 10 characters"},
                new Object[] {"note", "a\u0000", "Null characters are not allowed"},
                new Object[] {"weight", new BigDecimal("1.005"), "no more than 2 decimal places"},
                new Object[] {"weight", Double.NaN, "a DecimalField cannot hold NaN"});
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] r : rules) {
            String field = (String) r[0];
            String message = (String) r[2];
            tests.add(DynamicTest.dynamicTest("Many.add: " + field, () -> throughRefused(field, message,
                    (rack, probe) -> rack.labelled.add(List.of(probe), mapOf(field, r[1])))));
            tests.add(DynamicTest.dynamicTest("Many.create: " + field, () -> throughRefused(field, message,
                    (rack, probe) -> rack.labelled.create(mapOf(field, r[1]), "code", "P2"))));
        }
        return tests.stream();
    }

    private void throughRefused(String field, String message, java.util.function.BiConsumer<ProbeRack, Probe> write) {
        schema.deleteAllRows();
        ProbeRack rack = ProbeRack.objects.create("name", "A");
        Probe probe = Probe.objects.create("code", "P1");
        List<ValidationError> thrown = new ArrayList<>();
        List<String> sql = QueryLog.capture(() -> {
            try {
                write.accept(rack, probe);
            } catch (ValidationError e) {
                thrown.add(e);
            }
        });
        assertThat(thrown).hasSize(1);
        assertThat(thrown.getFirst().model()).isEqualTo("RackLabel");
        assertThat(String.join(" ", thrown.getFirst().errors().get(field))).contains(message);
        assertThat(sql).isEmpty();
        assertThat(RackLabel.objects.count()).isZero();
        assertThat(Probe.objects.count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ update's expressions

    @Test
    void updateWithExpressionsIsNotValidatedAsALiteral() {
        schema.deleteAllRows();
        Probe p = Probe.objects.create("code", "P1", "count", 41, "price", new BigDecimal("1.50"));
        Probe.objects.filter("pk", p.id).update("count", io.aksara.F.of("count").plus(1), "price", io.aksara.F.of("price"));
        Probe read = Probe.objects.get("pk", p.id);
        assertThat(read.count).isEqualTo(42);
        assertThat(read.price).isEqualByComparingTo("1.50");
        assertThatThrownBy(() -> Probe.objects.filter("pk", p.id).update("count", io.aksara.F.of("count").plus(1), "note", "a\u0000"))
                .isInstanceOf(ValidationError.class).hasMessageContaining("note");
        assertThat(Probe.objects.get("pk", p.id).count).isEqualTo(42);
        // a constant inside an expression is checked for its type: no NaN, which MariaDB cannot hold
        List<String> sql = QueryLog.capture(() -> assertThatThrownBy(() -> Probe.objects.filter("pk", p.id)
                .update("ratio", io.aksara.F.of("ratio").times(Double.NaN)))
                .isInstanceOf(io.aksara.errors.FieldError.class).hasMessageContaining("Probe.ratio"));
        assertThat(sql).isEmpty();
    }

    @Test
    void filterValuesNoRowCanHoldAreRefusedBeforeSql() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> Probe.objects.filter("note", "a\u0000").count())
                    .isInstanceOf(io.aksara.errors.FieldError.class).hasMessageContaining("Probe.note");
            assertThatThrownBy(() -> Probe.objects.filter("code__in", List.of("P1", "\uD800")).count())
                    .isInstanceOf(io.aksara.errors.FieldError.class).hasMessageContaining("Unpaired surrogate");
            assertThatThrownBy(() -> Probe.objects.filter("ratio__lt", Double.POSITIVE_INFINITY).count())
                    .isInstanceOf(io.aksara.errors.FieldError.class).hasMessageContaining("a finite double");
        });
        assertThat(sql).isEmpty();
    }

    // ------------------------------------------------------------------ accepted edge values

    @Test
    void dateTimesAtTheEdgesAreStoredToTheMicrosecondTruncated() {
        schema.deleteAllRows();
        Instant lastNanoOf9999 = Instant.parse("9999-12-31T23:59:59.999999999Z");
        OffsetDateTime first = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime withNanos = OffsetDateTime.of(2026, 3, 14, 15, 9, 26, 123_456_789, ZoneOffset.ofHours(7));

        Probe last = Probe.objects.create("code", "E1", "at", lastNanoOf9999);
        Probe.objects.create("code", "E2", "at", first);
        Probe saved = valid("E3");
        saved.at = withNanos;
        saved.save();

        assertThat(Probe.objects.get("code", "E1").at).isEqualTo(OffsetDateTime.parse("9999-12-31T23:59:59.999999Z"));
        assertThat(Probe.objects.get("code", "E2").at).isEqualTo(first);
        assertThat(Probe.objects.get("code", "E3").at).isEqualTo(OffsetDateTime.parse("2026-03-14T08:09:26.123456Z"));
        // a filter value is cut the same way, so the value a row was written with finds it
        assertThat(Probe.objects.filter("at", lastNanoOf9999).fetch()).extracting(p -> p.code).containsExactly("E1");
        assertThat(Probe.objects.filter("at", withNanos).fetch()).extracting(p -> p.code).containsExactly("E3");
        assertThat(Probe.objects.filter("at__gte", withNanos, "at__lte", withNanos).count()).isEqualTo(1);

        // update and bulkCreate store the same
        Probe.objects.filter("pk", last.id).update("at", withNanos);
        Probe.objects.bulkCreate(List.of(withAt("E4", withNanos)));
        assertThat(Probe.objects.filter("at", withNanos).orderBy("code").fetch()).extracting(p -> p.code)
                .containsExactly("E1", "E3", "E4");
    }

    @Test
    void timesAndDatesAtTheEdgesRoundTrip() {
        schema.deleteAllRows();
        Probe.objects.create("code", "T1", "time", LocalTime.MAX, "day", LocalDate.of(1, 1, 1));
        Probe.objects.create("code", "T2", "time", LocalTime.MIN, "day", LocalDate.of(9999, 12, 31));
        Probe t1 = Probe.objects.get("code", "T1");
        assertThat(t1.time).isEqualTo(LocalTime.of(23, 59, 59, 999_999_000)); // truncated, never rolled to 24:00
        assertThat(t1.day).isEqualTo(LocalDate.of(1, 1, 1));
        Probe t2 = Probe.objects.get("code", "T2");
        assertThat(t2.time).isEqualTo(LocalTime.MIN);
        assertThat(t2.day).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(Probe.objects.filter("time", LocalTime.MAX).fetch()).extracting(p -> p.code).containsExactly("T1");
    }

    @Test
    void numbersAtTheEdgesRoundTripThroughCreateAndUpdate() {
        schema.deleteAllRows();
        Probe low = Probe.objects.create("code", "N1", "count", Integer.MIN_VALUE, "big", Long.MIN_VALUE,
                "ratio", -Double.MAX_VALUE, "price", new BigDecimal("-999.99"));
        Probe high = Probe.objects.create("code", "N2", "count", 0, "big", 0L, "ratio", 0.0, "price", 0);
        Probe.objects.filter("pk", high.id).update("count", Integer.MAX_VALUE, "big", Long.MAX_VALUE,
                "ratio", Double.MAX_VALUE, "price", new BigDecimal("999.99"));
        Probe readLow = Probe.objects.get("pk", low.id);
        Probe readHigh = Probe.objects.get("pk", high.id);
        assertThat(List.<Object>of(readLow.count, readLow.big, readLow.ratio))
                .containsExactly(Integer.MIN_VALUE, Long.MIN_VALUE, -Double.MAX_VALUE);
        assertThat(readLow.price).isEqualByComparingTo("-999.99");
        assertThat(List.<Object>of(readHigh.count, readHigh.big, readHigh.ratio))
                .containsExactly(Integer.MAX_VALUE, Long.MAX_VALUE, Double.MAX_VALUE);
        assertThat(readHigh.price).isEqualByComparingTo("999.99");
    }

    @Test
    void textAndJsonBeyondTheBasicPlaneRoundTrip() {
        schema.deleteAllRows();
        List<Object> shared = List.of(1, "two");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("emoji", "🙂 𝄞");
        doc.put("a", shared);
        doc.put("b", shared); // the same list twice is no cycle
        Probe.objects.create("code", "X1", "note", "日本語 🙂 𝄞 tab\tend", "data", doc);
        Probe read = Probe.objects.get("code", "X1");
        assertThat(read.note).isEqualTo("日本語 🙂 𝄞 tab\tend");
        assertThat(read.data).isEqualTo(Map.of("emoji", "🙂 𝄞", "a", List.of(1L, "two"), "b", List.of(1L, "two")));
    }

    private static Probe withAt(String code, OffsetDateTime at) {
        Probe p = valid(code);
        p.at = at;
        return p;
    }

    // ------------------------------------------------------------------ helpers

    private static Probe valid(String code) {
        Probe p = new Probe();
        p.code = code;
        return p;
    }

    private static void set(Probe p, String field, Object value) {
        Probe_META.field(field).setUnchecked(p, value);
    }

    private static final io.aksara.meta.ModelMeta<Probe> Probe_META = io.aksara.meta.ModelRegistry.meta(Probe.class);

    /** create()'s arguments: a valid code, then the field under test (which may be the code itself). */
    private static Object[] args(String code, String field, Object value) {
        return field.equals("code") ? new Object[] {"code", value} : new Object[] {"code", code, field, value};
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value); // a null value too, which Map.of refuses
        return m;
    }

    /** Every Probe and RackLabel row as values, in key order: what "nothing written" compares. */
    private static List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>(Probe.objects.orderBy("id").values().fetch());
        out.addAll(RackLabel.objects.orderBy("id").values().fetch());
        return out;
    }

    /** The shape of {@code create(field, value, more...)} on a manager, a reverse manager or a many-to-many. */
    interface Create {
        Probe create(String field, Object value, Object... more);
    }

    private static void create(Create target, Object[] args) {
        target.create((String) args[0], args[1], java.util.Arrays.copyOfRange(args, 2, args.length));
    }
}
