package io.aksara.schema.migrations;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of {@code makemigrations}; an immutable value, changed by copying.
 *
 * <pre>{@code
 * MakeMigrationsOptions.defaults().withName("add_stock").withOneOffDefault("products.stock", "0");
 * MakeMigrationsOptions.defaults().asCheck();   // only compare, write nothing
 * }</pre>
 *
 * @param name           the name after the number, or null to derive it from the changes
 * @param empty          write an empty migration to fill in (data migrations)
 * @param dryRun         show what would be written, write nothing
 * @param check          only report whether models and migrations differ, write nothing
 * @param acceptRenames  treat a dropped and an added column or table with the same definition as a rename
 * @param oneOffDefaults values for existing rows by {@code table.column}, for new NOT NULL columns without a default
 */
public record MakeMigrationsOptions(String name, boolean empty, boolean dryRun, boolean check, boolean acceptRenames,
                                    Map<String, String> oneOffDefaults) {
    public MakeMigrationsOptions {
        oneOffDefaults = Collections.unmodifiableMap(new TreeMap<>(oneOffDefaults));
    }

    public static MakeMigrationsOptions defaults() {
        return new MakeMigrationsOptions(null, false, false, false, false, Map.of());
    }

    public MakeMigrationsOptions withName(String n) { return new MakeMigrationsOptions(n, empty, dryRun, check, acceptRenames, oneOffDefaults); }

    public MakeMigrationsOptions asEmpty() { return new MakeMigrationsOptions(name, true, dryRun, check, acceptRenames, oneOffDefaults); }

    public MakeMigrationsOptions asDryRun() { return new MakeMigrationsOptions(name, empty, true, check, acceptRenames, oneOffDefaults); }

    public MakeMigrationsOptions asCheck() { return new MakeMigrationsOptions(name, empty, dryRun, true, acceptRenames, oneOffDefaults); }

    public MakeMigrationsOptions withRenames() { return new MakeMigrationsOptions(name, empty, dryRun, check, true, oneOffDefaults); }

    /** A value for the existing rows of {@code table.column} when it is added (or made) NOT NULL without a default. */
    public MakeMigrationsOptions withOneOffDefault(String tableDotColumn, String value) {
        Map<String, String> copy = new TreeMap<>(oneOffDefaults);
        copy.put(tableDotColumn, value);
        return new MakeMigrationsOptions(name, empty, dryRun, check, acceptRenames, copy);
    }
}
