package io.aksara.jooq.internal.plan;

import io.aksara.jooq.vendor.Vendors;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.jooq.internal.QueryLowering;
import io.aksara.jooq.models.Item;
import io.aksara.jooq.sql.LookupSql;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;
import io.aksara.query.SelectQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plan cache's binder comes from the lowering itself: after one query of a shape, another
 * query of the same shape gets exactly the binds that lowering it afresh would give, on every
 * dialect, for every kind of bind (a value in the column's type, LIKE patterns, regular
 * expressions, {@code in} lists, ranges, lookups across relations, slices, count and exists).
 */
class RecordedBinderTest {
    private static DSLContext dsl(SQLDialect dialect) {
        return DSL.using(dialect);
    }

    /** Caches the shape with {@code first}, then checks {@code second} against a fresh lowering. */
    private static void sameAsFreshLowering(SQLDialect dialect, Function<SelectQuery<?>, Query> lowering,
            QuerySet<Item> first, QuerySet<Item> second, boolean recorded) {
        DSLContext dsl = dsl(dialect);
        PlanCache<Void> cache = new PlanCache<>(Vendors.of(dialect), dsl, lowering, q -> null);
        cache.prepare(first.query());
        assertThat(cache.isCached(second.query())).as("cached").isTrue();
        assertThat(cache.isRecorded(second.query())).as("binder recorded while lowering").isEqualTo(recorded);
        Query fresh = lowering.apply(second.query());
        PlanCache.Prepared<Void> cached = cache.prepare(second.query());
        assertThat(cached.sql()).isEqualTo(dsl.render(fresh));
        assertThat(Binder.same(cached.binds(), dsl.extractBindValues(fresh)))
                .as("%s gives %s", cached.sql(), cached.binds()).isTrue();
    }

    private static void rows(SQLDialect d, QuerySet<Item> first, QuerySet<Item> second) {
        sameAsFreshLowering(d, q -> QueryLowering.rows(Vendors.of(d), q), first, second, true);
    }

    @ParameterizedTest
    @EnumSource(value = SQLDialect.class, names = {"POSTGRES", "H2", "MYSQL", "MARIADB"})
    void valuesInTheColumnsType(SQLDialect d) {
        rows(d, Item.objects.filter("order", 7), Item.objects.filter("order", 8));
        rows(d, Item.objects.filter("order__gte", 1, "day__lt", LocalDate.of(2020, 1, 1)),
                Item.objects.filter("order__gte", 5, "day__lt", LocalDate.of(2021, 3, 4)));
        rows(d, Item.objects.filter("token", new UUID(1, 2)), Item.objects.filter("token", new UUID(3, 4)));
        // equal values are still two slots
        rows(d, Item.objects.filter(Q.of("order", 3).or(Q.of("order", 3))), Item.objects.filter(Q.of("order", 3).or(Q.of("order", 4))));
    }

    @ParameterizedTest
    @EnumSource(value = SQLDialect.class, names = {"POSTGRES", "H2", "MYSQL", "MARIADB"})
    void patternsAndRegularExpressions(SQLDialect d) {
        rows(d, Item.objects.filter("name__icontains", "ab"), Item.objects.filter("name__icontains", "50%_!"));
        rows(d, Item.objects.filter("name__startswith", "x", "user__endswith", "y"),
                Item.objects.filter("name__startswith", "a_", "user__endswith", "%"));
        rows(d, Item.objects.filter("name__iexact", "Ab"), Item.objects.filter("name__iexact", "cD"));
        // a regular expression is not a LIKE pattern: nothing in it is escaped
        rows(d, Item.objects.filter("name__iregex", "^ab"), Item.objects.filter("name__iregex", "a_b%.*"));
        rows(d, Item.objects.filter("name__regex", "^ab"), Item.objects.filter("name__regex", "a_b%.*"));
    }

    @ParameterizedTest
    @EnumSource(value = SQLDialect.class, names = {"POSTGRES", "H2", "MYSQL", "MARIADB"})
    void listsRangesRelationsAndSlices(SQLDialect d) {
        rows(d, Item.objects.filter("order__in", List.of(1, 2, 3)), Item.objects.filter("order__in", List.of(3, 3, 9)));
        rows(d, Item.objects.filter("order__range", List.of(1, 5)), Item.objects.filter("order__range", List.of(4, 4)));
        rows(d, Item.objects.filter("shelf__label", "a"), Item.objects.filter("shelf__label", "b"));
        rows(d, Item.objects.orderBy("name").slice(5, 10), Item.objects.orderBy("name").slice(20, 23));
        rows(d, Item.objects.filter("order__gt", 3).limit(3), Item.objects.filter("order__gt", 10).limit(2));
        sameAsFreshLowering(d, q -> QueryLowering.count(Vendors.of(d), q), Item.objects.filter("order__gt", 3).slice(1, 4),
                Item.objects.filter("order__gt", 9).slice(2, 8), true);
        sameAsFreshLowering(d, q -> QueryLowering.exists(Vendors.of(d), q), Item.objects.filter("name", "a"),
                Item.objects.filter("name", "b"), true);
    }

    @ParameterizedTest
    @EnumSource(value = SQLDialect.class, names = {"POSTGRES", "MYSQL"})
    void aLookupWithItsOwnRendererIsTracedWithProbes(SQLDialect d) {
        Lookups.register(new Lookup() {
            @Override
            public String name() {
                return "notequal";
            }

            @Override
            public boolean appliesTo(FieldType type) {
                return type == FieldType.INTEGER;
            }

            @Override
            public Object prepare(FieldMeta<?, ?> field, Object value) {
                return Values.toColumnValue(field, value);
            }
        });
        LookupSql.register("notequal", (column, value) -> column.ne(DSL.val(value, column.getDataType())));
        sameAsFreshLowering(d, q -> QueryLowering.rows(Vendors.of(d), q), Item.objects.filter("order__notequal", 3),
                Item.objects.filter("order__notequal", 4), false);
    }
}
