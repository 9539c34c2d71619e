package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.ValidationError;
import io.aksara.it.models.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * bulkCreate's second statement of a shape is bound straight from the instances: primitive
 * {@code long}, {@code int}, {@code boolean} and {@code double} fields with typed setters, the
 * others as objects, with no list of values in between. Whatever the path, every row stores
 * exactly its instance's values, extremes and NULLs included, and an invalid object still stops
 * the whole call before any SQL. upsert's multi-row statement (every database but PostgreSQL, where
 * it is one unnest statement) is kept and bound the same way from its second call of a shape.
 */
@OnEveryDatabase
class BulkBindingSuite extends SuiteSchema {
    BulkBindingSuite() {
        super(Reading.class);
    }

    private static List<Reading> readings(String prefix, int n) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reading r = new Reading();
            r.label = prefix + i;
            r.counter = i % 3 == 0 ? Long.MAX_VALUE - i : i % 3 == 1 ? Long.MIN_VALUE + i : 1_000_003L * i;
            r.level = i % 2 == 0 ? Integer.MIN_VALUE + i : Integer.MAX_VALUE - i;
            r.ok = i % 2 == 1;
            r.ratio = i / 8.0 - 3;
            r.spare = i % 4 == 0 ? null : i * 100;
            out.add(r);
        }
        return out;
    }

    private static void assertStoredAsGiven(List<Reading> given) {
        Map<String, Reading> stored = Reading.objects.all().fetch().stream()
                .collect(Collectors.toMap(r -> r.label, Function.identity()));
        for (Reading r : given) {
            Reading s = stored.get(r.label);
            assertThat(s).as(r.label).isNotNull();
            assertThat(s.id).as(r.label + " key").isEqualTo(r.id);
            assertThat(s.counter).as(r.label + " counter").isEqualTo(r.counter);
            assertThat(s.level).as(r.label + " level").isEqualTo(r.level);
            assertThat(s.ok).as(r.label + " ok").isEqualTo(r.ok);
            assertThat(s.ratio).as(r.label + " ratio").isEqualTo(r.ratio);
            assertThat(s.spare).as(r.label + " spare").isEqualTo(r.spare);
        }
    }

    @Test
    void theSecondCallOfAShapeStoresTheSameValuesAsTheFirst() {
        List<Reading> first = readings("a", 12);
        List<Reading> second = readings("b", 12); // the same row count and NULL pattern: the kept statement
        Reading.objects.bulkCreate(first);
        Reading.objects.bulkCreate(second);
        assertThat(Reading.objects.count()).isEqualTo(24);
        assertThat(second).allSatisfy(r -> assertThat(r.isPersisted()).isTrue());
        assertStoredAsGiven(first);
        assertStoredAsGiven(second);
    }

    @Test
    void batchesOfOneCallShareTheStatementAndKeepTheirKeysInOrder() {
        List<Reading> all = readings("c", 40);
        Reading.objects.bulkCreate(all, 8); // five batches of one shape: four bound straight from the instances
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).id).isGreaterThan(all.get(i - 1).id);
        }
        assertStoredAsGiven(all);
    }

    @Test
    void anInvalidObjectStopsTheCallBeforeAnyRowOnTheKeptStatement() {
        Reading.objects.bulkCreate(readings("d", 6)); // the shape is kept
        List<Reading> next = readings("e", 6);
        next.get(4).label = "x".repeat(21); // over maxLength 20
        assertThatThrownBy(() -> Reading.objects.bulkCreate(next))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("[4].label")
                .hasMessageContaining("at most 20 characters");
        assertThat(Reading.objects.count()).isEqualTo(6);
        assertThat(next).allSatisfy(r -> assertThat(r.id).isNull());
    }

    @Test
    void upsertsOfOneShapeStoreEveryValueAsGivenOnTheKeptStatement() {
        List<Reading> existing = readings("u", 12);
        Reading.objects.bulkCreate(existing);
        long nextKey = existing.getLast().id + 100;
        for (int round = 0; round < 3; round++) { // rounds 2 and 3 run the kept statements of round 1's batch shapes
            List<Reading> rows = readings("r" + round + "-", 12); // the same NULL pattern every round
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).id = i < 6 ? existing.get(i).id : nextKey++; // six updates, six inserts with their keys
            }
            Reading.objects.upsert(rows, List.of("id"), List.of("label", "counter", "level", "ok", "ratio", "spare"), 5);
            assertThat(Reading.objects.count()).isEqualTo(18 + 6L * round);
            assertStoredAsGiven(rows);
        }
        assertStoredAsGiven(existing.subList(6, 12)); // not in any upsert: as first stored
    }

    @Test
    void anUpsertOnTheKeptStatementLeavesTheColumnsOutsideTheUpdateFieldsAlone() {
        List<Reading> existing = readings("k", 4);
        Reading.objects.bulkCreate(existing);
        for (int round = 0; round < 2; round++) {
            List<Reading> rows = readings("k", 4);
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).id = existing.get(i).id;
                rows.get(i).counter = 10L * round + i;
                rows.get(i).level = 99; // not an update field
            }
            Reading.objects.upsert(rows, List.of("id"), List.of("counter"));
        }
        for (int i = 0; i < existing.size(); i++) {
            Reading stored = Reading.objects.get("id", existing.get(i).id);
            assertThat(stored.counter).isEqualTo(10L + i);
            assertThat(stored.level).isEqualTo(existing.get(i).level);
        }
    }
}
