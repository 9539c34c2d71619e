package io.aksara.schema.migrate;

/**
 * How {@code migrate} treats migrations: run them, or only record them (Django's {@code --fake}
 * and {@code --fake-initial}).
 *
 * <pre>{@code
 * Migrations.at(dir).database(legacy).migrate(null, FakeMode.FAKE_INITIAL);   // adopt existing tables
 * }</pre>
 */
public enum FakeMode {
    /** Run the migrations. */
    NONE,
    /** Record every migration up to the target as applied (and later ones as not) without running any. */
    FAKE,
    /**
     * Record the leading migrations whose tables all exist already as applied, then run the rest:
     * how a database made before its migrations is adopted.
     */
    FAKE_INITIAL
}
