package io.aksara.schema.diff;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the {@link Autodetector} may assume.
 *
 * <pre>{@code
 * new DiffOptions(true, Map.of("products.stock", "0"));   // accept renames; fill stock with 0
 * }</pre>
 *
 * @param acceptRenames  treat a dropped and an added column (or table) with the same definition as a rename
 * @param oneOffDefaults values for existing rows, by {@code table.column}, when a column becomes NOT NULL
 *                       without a default
 */
public record DiffOptions(boolean acceptRenames, Map<String, String> oneOffDefaults) {
    public DiffOptions {
        oneOffDefaults = Collections.unmodifiableMap(new TreeMap<>(oneOffDefaults));
    }

    /** No renames, no one-off defaults. */
    public static DiffOptions defaults() {
        return new DiffOptions(false, Map.of());
    }
}
