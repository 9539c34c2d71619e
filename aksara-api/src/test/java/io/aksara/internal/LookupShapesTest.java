package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.Filter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LookupShapes} keeps resolved lookups for one registry generation: a model registered again
 * resolves against its new metadata, and the old metadata is no longer held.
 */
class LookupShapesTest {
    /** A model this test registers twice, with a different column type each time. */
    static final class Gadget extends Model {
        Object size;
    }

    private static ModelMeta<Gadget> register(FieldType sizeType, Class<?> javaType) {
        return ModelRegistry.register(ModelMeta.builder(Gadget.class, Gadget::new)
                .table("gadgets")
                .field(FieldMeta.<Gadget, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
                .field(FieldMeta.<Gadget, Object>builder("size", sizeType, javaType)
                        .access(FieldAccess.of(m -> m.size, (m, v) -> m.size = v)).build())
                .build());
    }

    @Test
    void aModelRegisteredAgainResolvesAgainstItsNewMetadata() {
        ModelMeta<Gadget> first = register(FieldType.INTEGER, Integer.class);
        Filter.Match before = (Filter.Match) QuerySet.of(first).filter("size", 3).query().where();
        assertThat(before.value()).isEqualTo(3);
        assertThat(LookupShapes.find(LookupShapes.generation(), first, List.of("size"))).isNotNull(); // kept

        ModelMeta<Gadget> second = register(FieldType.BIG_INTEGER, Long.class);
        assertThat(LookupShapes.generation().byModel()).doesNotContainKey(first); // the old metadata is let go
        Filter.Match after = (Filter.Match) QuerySet.of(second).filter("size", 3).query().where();
        assertThat(after.field()).isSameAs(second.field("size"));
        assertThat(after.value()).isEqualTo(3L);
        assertThat(LookupShapes.find(LookupShapes.generation(), second, List.of("size")).typed())
                .isSameAs(second.field("size"));
    }

    @Test
    void anOrderingNameIsKeptPerGeneration() {
        ModelMeta<Gadget> meta = register(FieldType.INTEGER, Integer.class);
        var term = QuerySet.of(meta).orderBy("-size").query().ordering().getFirst();
        assertThat(LookupShapes.orderTerm(meta, "-size")).isEqualTo(term);
        register(FieldType.INTEGER, Integer.class);
        assertThat(LookupShapes.orderTerm(meta, "-size")).isNull();
    }
}
