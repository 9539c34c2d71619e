package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.QueryLog;
import io.aksara.errors.AksaraException;
import io.aksara.it.models.Canary;
import io.aksara.it.models.Keeper;
import io.aksara.it.models.Lure;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The injection sweep: every payload of a corpus of SQL-breaking strings goes through every public
 * API that takes a string or a name ({@link InjectionApis}). Each case must either be refused with
 * an {@link AksaraException} before any SQL runs, or run with the payload only as a bound value:
 * no statement's text, whether it ran or failed, may contain it. After each case the canary
 * table's rows must be intact (a stacked {@code DELETE} that ran would empty it).
 *
 * <p>Every payload ends with a marker no SQL of Aksara's own contains, so finding the marker in a
 * statement means the payload reached SQL text, quoted or not.
 */
@OnEveryDatabase
class InjectionSuite {
    /** Ends every payload; never part of SQL Aksara writes. */
    static final String MARKER = "zqjx";

    private static final List<String> SONGS = List.of("tweet", "chirp", "warble");

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    /** The corpus, each with the marker at its end (where a trailing comment still comments it out). */
    static List<String> payloads() {
        List<String> cores = List.of(
                "'", "\"", "`", "' OR '1'='1", "x -- ", "x /* c */", "*/ x /*",
                "'; DELETE FROM it_canaries; --", "\"; DELETE FROM it_canaries; --",
                "day', {0}); DELETE FROM it_canaries; --", "day', {0}) FROM it_lures; DELETE FROM it_canaries; --",
                "`; DROP TABLE it_canaries; --",
                "a\u0000b", "\u2018x\u2019 \u201Cy\u201D", "\uFF07\uFF1B\uFF02 x", "a\u200Bb\uFEFF",
                "{0}", "{1} {0}", "{}", "\\'\\", "$$ x $$", "name;");
        List<String> out = new ArrayList<>();
        cores.forEach(c -> out.add(c + MARKER));
        out.add("a".repeat(100_000 - MARKER.length()) + MARKER);
        return out;
    }

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        schema = MigratedSchema.create(tablesOn, Canary.class, Keeper.class, Lure.class);
        SONGS.forEach(s -> Canary.objects.create("song", s));
        Keeper k = Keeper.objects.create("name", "keeper");
        for (int i = 1; i <= 3; i++) {
            Lure.objects.create("name", "lure" + i, "size", i, "note", "n" + i, "keeper", k,
                    "at", OffsetDateTime.of(2024, 3, i, 10, 30, 0, 0, ZoneOffset.UTC), "day", LocalDate.of(2024, 3, i),
                    "data", Map.of("owner", Map.of("email", "o" + i + "@example.com")));
        }
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    @Test
    void noPayloadReachesSqlTextThroughAnyApi() {
        List<String> payloads = payloads();
        List<InjectionApis.Api> apis = InjectionApis.all();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int reached = 0;
        int refused = 0;
        int bound = 0;
        for (InjectionApis.Api api : apis) {
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                String label = api.name() + " <- payload " + i + " " + shown(payload);
                cases++;
                RuntimeException[] thrown = {null};
                List<String> sql = QueryLog.capture(() -> {
                    try {
                        api.run().accept(payload);
                    } catch (RuntimeException e) {
                        thrown[0] = e;
                    }
                });
                if (sql.stream().anyMatch(s -> s.contains(MARKER))) {
                    reached++;
                    failures.add(label + ": reached SQL text: " + around(sql.toString()));
                } else if (sql.isEmpty()) {
                    refused++;
                } else {
                    bound++;
                }
                if (thrown[0] != null && !(thrown[0] instanceof AksaraException)) {
                    failures.add(label + ": " + thrown[0].getClass().getName() + " instead of an AksaraException: "
                            + shown(String.valueOf(thrown[0].getMessage())));
                }
                if (sql.isEmpty() && thrown[0] == null && !api.name().equals("Expr.Trunc constructor")) {
                    failures.add(label + ": accepted, yet ran no statement");
                }
                long canaries = Canary.objects.count();
                if (canaries != SONGS.size()) {
                    failures.add(label + ": the canary table has " + canaries + " rows");
                }
            }
        }
        System.out.println("injection sweep: " + payloads.size() + " payloads x " + apis.size() + " APIs = " + cases
                + " cases, reached SQL text: " + reached);
        System.out.println("  (" + db + ": refused before any SQL: " + refused
                + ", ran with the payload bound: " + bound + ")");
        assertThat(failures).as("cases that failed the sweep").isEmpty();
        assertThat(reached).isZero();
        assertThat(cases).isEqualTo(payloads.size() * apis.size());
        assertThat(Canary.objects.orderBy("id").valuesList("song", String.class).fetch()).containsExactlyElementsOf(SONGS);
    }

    @Test
    void aTruncKindMadeWithTheConstructorIsRefusedBeforeSql() {
        List<String> sql = QueryLog.capture(() -> {
            try {
                Lure.objects.annotate(new io.aksara.functions.Trunc(io.aksara.F.of("at"),
                        "day', {0}); DELETE FROM it_canaries; --").as("d")).fetch();
            } catch (io.aksara.errors.FieldError expected) {
                assertThat(expected).hasMessageContaining("Trunc kind must be one of year, quarter, month, week, day");
            }
        });
        assertThat(sql).isEmpty();
        assertThat(Canary.objects.count()).isEqualTo(SONGS.size());
    }

    @Test
    void filterValuesArriveAsTheyWereWritten() {
        // the payloads are data: stored and found again exactly, quotes, comments and all
        for (String payload : payloads()) {
            if (payload.contains("\u0000")) {
                continue; // PostgreSQL cannot store a NUL in text at all (a DatabaseError, checked by the sweep)
            }
            Lure made = Lure.objects.create("name", "stored", "size", 100, "note", payload);
            assertThat(Lure.objects.filter("name", "stored", "note", payload).valuesList("id", Long.class).fetch())
                    .containsExactly(made.id);
            made.delete();
        }
    }

    /** The SQL around the first marker, where the payload landed. */
    private static String around(String sql) {
        int at = sql.indexOf(MARKER);
        return "..." + shown(sql.substring(Math.max(0, at - 80), Math.min(sql.length(), at + 40))) + "...";
    }

    private static String shown(String s) {
        String visible = s.replace("\u0000", "\\0");
        return visible.length() > 120 ? visible.substring(0, 117) + "... (" + visible.length() + " chars)" : visible;
    }
}
