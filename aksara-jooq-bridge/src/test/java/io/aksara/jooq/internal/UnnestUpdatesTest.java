package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link UnnestUpdates#hasRepeatedKey}: a key named twice sends bulkUpdate to the JDBC batch. */
class UnnestUpdatesTest {

    @Test
    void rising_keys_are_distinct() {
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {1, 2, 5, 9}, 4)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {1L, 2L, 5L, 9L}, 4)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {"a", "b", "c"}, 3)).isFalse();
    }

    @Test
    void keys_out_of_order_are_compared_with_every_key_before() {
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {3, 7, 9, 1, 4}, 5)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {3, 7, 9, 1, 7}, 5)).isTrue(); // the repeat after the break
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {3, 7, 9, 9}, 4)).isTrue();   // the break is the repeat
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {3L, 1L, 2L, 3L}, 4)).isTrue();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {3L, 1L, 2L, 4L}, 4)).isFalse();
    }

    @Test
    void only_the_first_n_keys_count() {
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {1, 2, 3, 1}, 3)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new long[] {7}, 1)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new long[0], 0)).isFalse();
    }

    @Test
    void keys_of_any_class_are_compared_by_equality() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {a, b, new UUID(a.getMostSignificantBits(), a.getLeastSignificantBits())}, 3))
                .isTrue();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {"b", "a", "c"}, 3)).isFalse();
        assertThat(UnnestUpdates.hasRepeatedKey(new Object[] {"b", "a", "b"}, 3)).isTrue();
    }
}
