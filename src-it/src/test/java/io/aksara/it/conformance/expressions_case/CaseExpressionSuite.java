package io.aksara.it.conformance.expressions_case;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.Sum;
import io.aksara.expr.Case;
import io.aksara.expr.When;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/expressions_case/tests.py {@code CaseExpressionTests}. Django's
 * {@code When(then="name")} names a field; here a field is {@code F.of("name")} and a string is a
 * constant (docs/expressions-and-transactions.md: "Strings in When/Case/Value are constants").
 */
@OnEveryDatabase
public class CaseExpressionSuite extends AggConformanceSuite {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(CaseTestModel.class, O2OCaseTestModel.class, FKCaseTestModel.class);
    }

    @Override
    protected void setUpTestData() {
        int[][] rows = {{1, 1, 1}, {2, 3, 2}, {3, 4, 3}, {2, 2, 2}, {3, 4, 3}, {3, 3, 3}, {4, 5, 1}};
        int[][] fks = {{1}, {2, 3}, {3, 4}, {2, 3}, {3, 4}, {3, 4}, {5}};
        for (int i = 0; i < rows.length; i++) {
            CaseTestModel o = CaseTestModel.objects.create("integer", rows[i][0], "integer2", rows[i][1], "string",
                    String.valueOf(rows[i][0]));
            O2OCaseTestModel.objects.create("o2o", o, "integer", rows[i][2]);
            for (int fk : fks[i]) {
                FKCaseTestModel.objects.create("fk", o, "integer", fk);
            }
        }
    }

    private static List<List<Object>> pairs(QuerySet<CaseTestModel> qs, String annotation) {
        return qs.orderBy("pk").fetch().stream().map(m -> java.util.Arrays.asList((Object) m.integer,
                m.annotations().get(annotation))).toList();
    }

    private static List<Object> row(Object a, Object b) {
        return java.util.Arrays.asList(a, b);
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate
    @Test
    void test_annotate() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, "one"), When.of("integer", 2, "two"))
                .otherwise("other").as("test"));
        assertThat(pairs(qs, "test")).containsExactly(row(1, "one"), row(2, "two"), row(3, "other"), row(2, "two"),
                row(3, "other"), row(3, "other"), row(4, "other"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_without_default
    @Test
    void test_annotate_without_default() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, 1), When.of("integer", 2, 2)).as("test"));
        assertThat(pairs(qs, "test")).containsExactly(row(1, 1), row(2, 2), row(3, null), row(2, 2), row(3, null),
                row(3, null), row(4, null));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_expression_as_value
    @Test
    void test_annotate_with_expression_as_value() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, F.of("integer").plus(1)),
                When.of("integer", 2, F.of("integer").plus(3))).otherwise(F.of("integer")).as("f_test"));
        assertThat(pairs(qs, "f_test")).containsExactly(row(1, 2), row(2, 5), row(3, 3), row(2, 5), row(3, 3), row(3, 3),
                row(4, 4));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_expression_as_condition
    @Test
    void test_annotate_with_expression_as_condition() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer2", F.of("integer"), "equal"),
                When.of("integer2", F.of("integer").plus(1), "+1")).as("f_test"));
        assertThat(pairs(qs, "f_test")).containsExactly(row(1, "equal"), row(2, "+1"), row(3, "+1"), row(2, "equal"),
                row(3, "+1"), row(3, "equal"), row(4, "+1"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_join_in_predicate
    @Test
    void test_annotate_with_join_in_predicate() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("o2o_rel__integer", 1, "one"), When.of("o2o_rel__integer", 2, "two"),
                When.of("o2o_rel__integer", 3, "three")).otherwise("other").as("join_test"));
        assertThat(pairs(qs, "join_test")).containsExactly(row(1, "one"), row(2, "two"), row(3, "three"), row(2, "two"),
                row(3, "three"), row(3, "three"), row(4, "one"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_in_clause
    @Test
    void test_annotate_with_in_clause() {
        var fkRels = FKCaseTestModel.objects.filter("integer__in", List.of(5));
        var qs = CaseTestModel.objects.annotate(Sum.of(Case.of(When.of("fk_rel__in", fkRels, F.of("fk_rel__integer")))
                .otherwise(0)).as("in_test"));
        assertThat(pairs(qs, "in_test")).containsExactly(row(1, 0L), row(2, 0L), row(3, 0L), row(2, 0L), row(3, 0L),
                row(3, 0L), row(4, 5L));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_annotation_in_value
    @Test
    void test_annotate_with_annotation_in_value() {
        var qs = CaseTestModel.objects.annotate(F.of("integer").plus(1).as("f_plus_1"), F.of("integer").plus(3).as("f_plus_3"))
                .annotate(Case.of(When.of("integer", 1, F.of("f_plus_1")), When.of("integer", 2, F.of("f_plus_3")))
                        .otherwise(F.of("integer")).as("f_test"));
        assertThat(pairs(qs, "f_test")).containsExactly(row(1, 2), row(2, 5), row(3, 3), row(2, 5), row(3, 3), row(3, 3),
                row(4, 4));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_annotation_in_condition
    @Test
    void test_annotate_with_annotation_in_condition() {
        var qs = CaseTestModel.objects.annotate(F.of("integer").plus(1).as("f_plus_1")).annotate(Case.of(
                When.of("integer2", F.of("integer"), "equal"), When.of("integer2", F.of("f_plus_1"), "+1")).as("f_test"));
        assertThat(pairs(qs, "f_test")).containsExactly(row(1, "equal"), row(2, "+1"), row(3, "+1"), row(2, "equal"),
                row(3, "+1"), row(3, "equal"), row(4, "+1"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_annotation_in_predicate
    @Test
    void test_annotate_with_annotation_in_predicate() {
        var qs = CaseTestModel.objects.annotate(F.of("integer").minus(2).as("f_minus_2")).annotate(Case.of(
                When.of("f_minus_2", -1, "negative one"), When.of("f_minus_2", 0, "zero"), When.of("f_minus_2", 1, "one"))
                .otherwise("other").as("test"));
        assertThat(pairs(qs, "test")).containsExactly(row(1, "negative one"), row(2, "zero"), row(3, "one"), row(2, "zero"),
                row(3, "one"), row(3, "one"), row(4, "other"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_aggregation_in_predicate
    @Test
    void test_annotate_with_aggregation_in_predicate() {
        var qs = CaseTestModel.objects.annotate(Max.of("fk_rel__integer").as("max"))
                .annotate(Case.of(When.of("max", 3, "max = 3"), When.of("max", 4, "max = 4")).otherwise("").as("test"));
        assertThat(qs.orderBy("pk").fetch()).extracting(m -> m.integer, m -> m.annotation("max", Integer.class),
                m -> m.annotation("test", String.class)).containsExactly(tuple(1, 1, ""), tuple(2, 3, "max = 3"),
                        tuple(3, 4, "max = 4"), tuple(2, 3, "max = 3"), tuple(3, 4, "max = 4"), tuple(3, 4, "max = 4"),
                        tuple(4, 5, ""));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_aggregation_in_value
    @Test
    void test_annotate_with_aggregation_in_value() {
        var qs = CaseTestModel.objects.annotate(Min.of("fk_rel__integer").as("min"), Max.of("fk_rel__integer").as("max"))
                .annotate(Case.of(When.of("integer", 2, F.of("min")), When.of("integer", 3, F.of("max"))).as("test"));
        assertThat(qs.orderBy("pk").fetch()).extracting(m -> m.integer, m -> m.annotation("test", Integer.class),
                m -> m.annotation("min", Integer.class), m -> m.annotation("max", Integer.class)).containsExactly(
                        tuple(1, null, 1, 1), tuple(2, 2, 2, 3), tuple(3, 4, 3, 4), tuple(2, 2, 2, 3), tuple(3, 4, 3, 4),
                        tuple(3, 4, 3, 4), tuple(4, null, 5, 5));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_exclude
    @Test
    void test_annotate_exclude() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, "one"), When.of("integer", 2, "two"))
                .otherwise("other").as("test")).exclude("test", "other");
        assertThat(pairs(qs, "test")).containsExactly(row(1, "one"), row(2, "two"), row(2, "two"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_filter_decimal
    @Test
    void test_annotate_filter_decimal() {
        rolledBack(() -> {
            CaseTestModel obj = CaseTestModel.objects.create("integer", 0, "decimal", new BigDecimal("1"));
            var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 0, F.of("decimal"))).as("x"),
                    Case.of(When.of("integer", 0, new BigDecimal("1"))).as("y"));
            assertThat(qs.filter(Q.of("x", 1).and(Q.of("x", new BigDecimal("1")))).fetch()).extracting(Model::pk)
                    .containsExactly(obj.pk());
            assertThat(qs.filter(Q.of("y", 1).and(Q.of("y", new BigDecimal("1")))).fetch()).extracting(Model::pk)
                    .containsExactly(obj.pk());
        });
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_values_not_in_order_by
    @Test
    void test_annotate_values_not_in_order_by() {
        assertThat(CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, "one"), When.of("integer", 2, "two"),
                When.of("integer", 3, "three")).otherwise("other").as("test")).orderBy("test")
                .valuesList("integer", Integer.class).fetch()).containsExactly(1, 4, 3, 3, 3, 2, 2);
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_empty_when
    @Test
    void test_annotate_with_empty_when() {
        var objects = CaseTestModel.objects.annotate(Case.of(When.of(Q.of("pk__in", List.of()), "selected"))
                .otherwise("not selected").as("selected")).fetch();
        assertThat(objects).hasSize((int) CaseTestModel.objects.count())
                .allSatisfy(o -> assertThat(o.annotation("selected", String.class)).isEqualTo("not selected"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_full_when
    @Test
    void test_annotate_with_full_when() {
        var objects = CaseTestModel.objects.annotate(Case.of(When.of(Q.of("pk__in", List.of()).not(), "selected"))
                .otherwise("not selected").as("selected")).fetch();
        assertThat(objects).hasSize((int) CaseTestModel.objects.count())
                .allSatisfy(o -> assertThat(o.annotation("selected", String.class)).isEqualTo("selected"));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_combined_expression
    @Test
    void test_combined_expression() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of("integer", 1, 2), When.of("integer", 2, 1)).otherwise(3)
                .plus(1).as("test"));
        assertThat(pairs(qs, "test")).containsExactly(row(1, 3), row(2, 2), row(3, 4), row(2, 2), row(3, 4), row(3, 4),
                row(4, 4));
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_condition_with_lookups
    @Test
    void test_condition_with_lookups() {
        var qs = CaseTestModel.objects.annotate(Case.of(When.of(Q.of("integer2", 1, "string", "2"), false),
                When.of(Q.of("integer2", 1, "string", "1"), true)).otherwise(false).as("test"));
        assertThat(qs.get("integer", 1).annotation("test", Boolean.class)).isTrue();
    }

    // Django 6.0 tests/expressions_case/tests.py CaseExpressionTests.test_annotate_with_aggregation_in_condition
    @Test
    void test_annotate_with_aggregation_in_condition() {
        var qs = CaseTestModel.objects.annotate(Min.of("fk_rel__integer").as("min"), Max.of("fk_rel__integer").as("max"))
                .annotate(Case.of(When.of("integer2", F.of("min"), "min"), When.of("integer2", F.of("max"), "max")).as("test"));
        assertThat(qs.orderBy("pk").fetch()).extracting(m -> m.integer, m -> m.integer2, m -> m.annotation("test", String.class))
                .containsExactly(tuple(1, 1, "min"), tuple(2, 3, "max"), tuple(3, 4, "max"), tuple(2, 2, "min"),
                        tuple(3, 4, "max"), tuple(3, 3, "min"), tuple(4, 5, "min"));
    }
}
