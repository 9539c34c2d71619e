package io.aksara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CompositeKey as a map key: the same row's key given by a user and read back by a driver is one key. */
class CompositeKeyTest {

    @Test
    void wholeNumbersOfAnyBoxedClassAreOneKey() {
        CompositeKey given = CompositeKey.of(1, (short) 2);
        CompositeKey readBack = CompositeKey.of(1L, 2L);
        assertEquals(readBack, given);
        assertEquals(readBack.hashCode(), given.hashCode());

        Map<CompositeKey, String> rows = new HashMap<>();
        rows.put(readBack, "line");
        assertEquals("line", rows.get(given));
    }

    @Test
    void differentValuesOrOrderAreDifferentKeys() {
        assertNotEquals(CompositeKey.of(1, 2), CompositeKey.of(2, 1));
        assertNotEquals(CompositeKey.of(1, 2), CompositeKey.of(1, 3L));
        assertNotEquals(CompositeKey.of(1, "2"), CompositeKey.of(1, 2));
        assertEquals(CompositeKey.of("a", 2), CompositeKey.of("a", 2L));
    }

    @Test
    void valuesKeepTheClassTheyWereGiven() {
        assertEquals(Integer.class, CompositeKey.of(1, 2).get(0).getClass());
        assertEquals("CompositeKey[1, 2]", CompositeKey.of(1, 2L).toString());
    }

    @Test
    void refusesNullsAndSingleValues() {
        assertThrows(IllegalArgumentException.class, () -> CompositeKey.of(1));
        assertThrows(NullPointerException.class, () -> new CompositeKey(Arrays.asList(1, null)));
        assertThrows(NullPointerException.class, () -> new CompositeKey(null));
        assertEquals(2, new CompositeKey(List.of(1, 2)).size());
    }
}
