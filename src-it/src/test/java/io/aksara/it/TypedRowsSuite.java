package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.it.models.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows are read into primitive {@code long}, {@code int}, {@code boolean} and {@code double}
 * fields with typed getters and unboxed setters, and {@code save()}'s kept UPDATE binds a loaded
 * instance straight from its fields. What a user sees must not change: extremes come back exactly,
 * a nullable field next to them keeps its NULL, and every save after the first (the kept
 * statement) stores exactly the instance's values, whichever of them are NULL.
 */
@OnEveryDatabase
class TypedRowsSuite extends SuiteSchema {
    TypedRowsSuite() {
        super(Reading.class);
    }

    private static Reading reading(String label, long counter, int level, boolean ok, double ratio, Integer spare) {
        Reading r = new Reading();
        r.label = label;
        r.counter = counter;
        r.level = level;
        r.ok = ok;
        r.ratio = ratio;
        r.spare = spare;
        r.save();
        return r;
    }

    private static void assertSame(Reading read, Reading expected) {
        assertThat(read.id).as("key").isEqualTo(expected.id);
        assertThat(read.label).as("label").isEqualTo(expected.label);
        assertThat(read.counter).as("counter").isEqualTo(expected.counter);
        assertThat(read.level).as("level").isEqualTo(expected.level);
        assertThat(read.ok).as("ok").isEqualTo(expected.ok);
        assertThat(read.ratio).as("ratio").isEqualTo(expected.ratio);
        assertThat(read.spare).as("spare").isEqualTo(expected.spare);
    }

    @Test
    void extremesOfPrimitiveFieldsAreReadBackExactly() {
        Reading max = reading("max", Long.MAX_VALUE, Integer.MAX_VALUE, true, Double.MAX_VALUE, Integer.MAX_VALUE);
        Reading min = reading("min", Long.MIN_VALUE, Integer.MIN_VALUE, false, -Double.MAX_VALUE, null);
        Reading zero = reading("zero", 0L, 0, false, 0.0, 0);
        for (int pass = 0; pass < 3; pass++) { // the first read learns the shape, later ones run the kept plan
            assertSame(Reading.objects.get("pk", max.id), max);
            assertSame(Reading.objects.get("label", "min"), min);
            List<Reading> all = Reading.objects.orderBy("label").fetch();
            assertThat(all).extracting(r -> r.label).containsExactly("max", "min", "zero");
            assertSame(all.get(0), max);
            assertSame(all.get(1), min);
            assertSame(all.get(2), zero);
        }
    }

    @Test
    void savesAfterTheFirstStoreExactlyTheInstancesValues() {
        Reading r = reading("saved", 1L, 1, false, 1.5, 7);
        Reading loaded = Reading.objects.get("pk", r.id);
        long[] counters = {Long.MAX_VALUE, Long.MIN_VALUE, -1L, 1_000_003L};
        for (int i = 0; i < counters.length; i++) { // the second save of a shape binds from the instance
            loaded.counter = counters[i];
            loaded.level = i % 2 == 0 ? Integer.MIN_VALUE + i : Integer.MAX_VALUE - i;
            loaded.ok = i % 2 == 1;
            loaded.ratio = i / 8.0 - 3;
            loaded.spare = i == 2 ? null : i * 100; // a NULL changes the statement's shape and back
            loaded.save();
            assertSame(Reading.objects.get("pk", r.id), loaded);
        }
        assertThat(Reading.objects.count()).isEqualTo(1);
    }
}
