package io.aksara.jooq.internal;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * One jOOQ context per dialect for building (not running) statements. {@code DSL.select(...)}
 * creates a new default configuration on every call; building from a shared context does not,
 * which the profile of a primary-key fetch showed is worth having on the hot path.
 */
final class Builders {
    private static final Map<SQLDialect, DSLContext> CONTEXTS = new EnumMap<>(SQLDialect.class);

    private Builders() {}

    static synchronized DSLContext of(SQLDialect dialect) {
        return CONTEXTS.computeIfAbsent(dialect, DSL::using);
    }
}
