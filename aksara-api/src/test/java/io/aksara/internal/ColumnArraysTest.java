package io.aksara.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Unit test of our own logic: reading one element of each kind of column array a column writer fills. */
class ColumnArraysTest {
    @Test
    void readsEveryKindOfColumnArrayBoxed() {
        assertEquals("b", ColumnArrays.element(new String[] {"a", "b"}, 1));
        assertEquals(9L, ColumnArrays.element(new long[] {7, 9}, 1));
        assertEquals(3, ColumnArrays.element(new int[] {3}, 0));
        assertEquals(true, ColumnArrays.element(new boolean[] {false, true}, 1));
        assertEquals(2.5, ColumnArrays.element(new double[] {2.5}, 0));
        assertEquals(null, ColumnArrays.element(new Object[] {null}, 0));
    }

    @Test
    void refusesWhatNoColumnWriterFills() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnArrays.element(new short[] {1}, 0));
        assertEquals("not a column array: [S", e.getMessage());
    }
}
