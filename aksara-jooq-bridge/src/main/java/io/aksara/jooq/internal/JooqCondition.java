package io.aksara.jooq.internal;

import io.aksara.query.RawCondition;
import java.util.Objects;
import org.jooq.Condition;

/**
 * A jOOQ {@link Condition} carried through the API as a {@link RawCondition}; the lowering puts it
 * into the WHERE clause as it is, so its bind values stay bind values.
 */
public record JooqCondition(Condition condition) implements RawCondition {
    public JooqCondition {
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String backend() {
        return "jOOQ";
    }

    @Override
    public String toString() {
        // inline values so the description reads as SQL; the statement itself binds them
        return org.jooq.impl.DSL.using(org.jooq.SQLDialect.DEFAULT).renderInlined(condition);
    }
}
