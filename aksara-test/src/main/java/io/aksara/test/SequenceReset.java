package io.aksara.test;

import io.aksara.Aksara;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.ModelTable;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * After rows were inserted with the keys a fixture gave, the database's own key counter must move
 * past them, or the next {@code create()} collides (Django's {@code sequence_reset_sql}). PostgreSQL
 * and H2 keep a sequence that an explicit key does not advance; MariaDB's AUTO_INCREMENT follows by itself.
 */
final class SequenceReset {
    private SequenceReset() {}

    static void after(String alias, List<ModelMeta<?>> models) {
        JooqBackend db = JooqBackend.of(Aksara.backend(alias));
        SQLDialect family = db.dialect().family();
        for (ModelMeta<?> meta : models) {
            FieldMeta<?, ?> pk = meta.primaryKey();
            if (!pk.generated() || pk.type() == FieldType.UUID) {
                continue; // a key the database does not count: nothing to move
            }
            ModelTable table = ModelTable.of(meta, db.dialect());
            Field<Object> key = table.field(pk);
            DSLContext dsl = db.dsl(); // joins the load's atomic block
            Long max = dsl.select(DSL.max(key).cast(Long.class)).from(table.table()).fetchOne(0, Long.class);
            long next = (max == null ? 0 : max) + 1;
            if (family == SQLDialect.POSTGRES) {
                dsl.resultQuery("select setval(pg_get_serial_sequence(?, ?), ?, false)", meta.table(), pk.column(), next)
                        .fetch();
            } else if (family == SQLDialect.H2) {
                // a number computed here, not input: H2 takes no parameter in RESTART WITH
                dsl.execute("alter table {0} alter column {1} restart with {2}", table.table(),
                        DSL.field(key.getUnqualifiedName()), DSL.inline(next));
            }
        }
    }
}
