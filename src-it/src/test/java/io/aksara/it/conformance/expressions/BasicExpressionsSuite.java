package io.aksara.it.conformance.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Sum;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/expressions/tests.py {@code BasicExpressionsTests}. */
@OnEveryDatabase
public class BasicExpressionsSuite extends AggConformanceSuite {
    Company exampleInc;
    Company foobarLtd;
    Company gmbh;
    Employee max;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Employee.class, Company.class, Number.class);
    }

    @Override
    protected void setUpTestData() {
        exampleInc = Company.objects.create("name", "Example Inc.", "numEmployees", 2300, "numChairs", 5, "ceo",
                Employee.objects.create("firstname", "Joe", "lastname", "Smith", "salary", 10));
        foobarLtd = Company.objects.create("name", "Foobar Ltd.", "numEmployees", 3, "numChairs", 4, "basedInEu", true,
                "ceo", Employee.objects.create("firstname", "Frank", "lastname", "Meyer", "salary", 20));
        max = Employee.objects.create("firstname", "Max", "lastname", "Mustermann", "salary", 30);
        gmbh = Company.objects.create("name", "Test GmbH", "numEmployees", 32, "numChairs", 1, "ceo", max);
    }

    /** Django's {@code setUp}: {@code company_query}. */
    private static List<Map<String, Object>> companyQuery() {
        return Company.objects.values("name", "numEmployees", "numChairs").orderBy("name", "numEmployees", "numChairs").fetch();
    }

    private static Map<String, Object> row(String name, int employees, int chairs) {
        return Map.of("name", name, "numEmployees", employees, "numChairs", chairs);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_annotate_values_aggregate
    @Test
    void test_annotate_values_aggregate() {
        Map<String, Object> companies = Company.objects.annotate(F.of("ceo__salary").as("salaries"))
                .values("numEmployees", "salaries").aggregate(Sum.of(F.of("salaries").plus(F.of("numEmployees"))).as("result"));
        assertThat(companies).containsEntry("result", 2395L);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_filter_inter_attribute
    @Test
    void test_filter_inter_attribute() {
        assertThat(Company.objects.filter("numEmployees__gt", F.of("numChairs")).values("name", "numEmployees", "numChairs")
                .orderBy("name").fetch()).containsExactly(row("Example Inc.", 2300, 5), row("Test GmbH", 32, 1));
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_update
    @Test
    void test_update() {
        rolledBack(() -> {
            Company.objects.all().update("numChairs", F.of("numEmployees"));
            assertThat(companyQuery()).containsExactly(row("Example Inc.", 2300, 2300), row("Foobar Ltd.", 3, 3),
                    row("Test GmbH", 32, 32));
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_arithmetic
    @Test
    void test_arithmetic() {
        rolledBack(() -> {
            Company.objects.all().update("numChairs", F.of("numEmployees").plus(2));
            assertThat(companyQuery()).containsExactly(row("Example Inc.", 2300, 2302), row("Foobar Ltd.", 3, 5),
                    row("Test GmbH", 32, 34));
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_order_of_operations
    @Test
    void test_order_of_operations() {
        rolledBack(() -> {
            Company.objects.all().update("numChairs", F.of("numEmployees").plus(F.of("numEmployees").times(2)));
            assertThat(companyQuery()).containsExactly(row("Example Inc.", 2300, 6900), row("Foobar Ltd.", 3, 9),
                    row("Test GmbH", 32, 96));
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_parenthesis_priority
    @Test
    void test_parenthesis_priority() {
        rolledBack(() -> {
            Company.objects.all().update("numChairs", F.of("numEmployees").plus(2).times(F.of("numEmployees")));
            assertThat(companyQuery()).containsExactly(row("Example Inc.", 2300, 5294600), row("Foobar Ltd.", 3, 15),
                    row("Test GmbH", 32, 1088));
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_update_with_fk
    @Test
    void test_update_with_fk() {
        rolledBack(() -> {
            assertThat(Company.objects.all().update("pointOfContact", F.of("ceo"))).isEqualTo(3L);
            assertThat(Company.objects.all().fetch()).extracting(c -> c.pointOfContact.get().firstname + " "
                    + c.pointOfContact.get().lastname).containsExactlyInAnyOrder("Joe Smith", "Frank Meyer", "Max Mustermann");
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_filter_with_join
    @Test
    void test_filter_with_join() {
        rolledBack(() -> {
            Company.objects.all().update("pointOfContact", F.of("ceo"));
            Company c = Company.objects.orderBy("pk").first().orElseThrow();
            c.pointOfContact = io.aksara.Ref.to(Employee.objects.create("firstname", "Guido", "lastname", "van Rossum"));
            c.save();
            assertThat(Company.objects.filter("ceo__firstname", F.of("pointOfContact__firstname")).fetch())
                    .extracting(x -> x.name).containsExactlyInAnyOrder("Foobar Ltd.", "Test GmbH");
            Company.objects.exclude("ceo__firstname", F.of("pointOfContact__firstname")).update("name", "foo");
            assertThat(Company.objects.exclude("ceo__firstname", F.of("pointOfContact__firstname")).get().name).isEqualTo("foo");
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_ticket_11722_iexact_lookup
    @Test
    void test_ticket_11722_iexact_lookup() {
        rolledBack(() -> {
            Employee.objects.create("firstname", "John", "lastname", "Doe");
            Employee test = Employee.objects.create("firstname", "Test", "lastname", "test");
            assertThat(Employee.objects.filter("firstname__iexact", F.of("lastname")).fetch()).extracting(Model::pk)
                    .containsExactly(test.pk());
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_outerref
    @Test
    void test_outerref() {
        var inner = Company.objects.filter("pointOfContact", OuterRef.of("pk"));
        assertThatThrownBy(inner::exists).isInstanceOf(AksaraException.class).hasMessageContaining("OuterRef");
        assertThat(Employee.objects.annotate(Exists.of(inner).as("is_point_of_contact")).exists()).isTrue();
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_subquery
    @Test
    void test_subquery() {
        rolledBack(() -> {
            Company.objects.filter("name", "Example Inc.").update("pointOfContact",
                    Employee.objects.get("firstname", "Joe", "lastname", "Smith"), "ceo", max);
            Employee.objects.create("firstname", "Bob", "lastname", "Brown", "salary", 40);
            var qs = Employee.objects.annotate(
                    Exists.of(Company.objects.filter("pointOfContact", OuterRef.of("pk"))).as("is_point_of_contact"),
                    Exists.of(Company.objects.filter("numEmployees__lt", 200, "ceo", OuterRef.of("pk"))).as("is_ceo_of_small_company"),
                    Subquery.of(Company.objects.orderBy("-numEmployees")
                            .filter(Q.of("ceo", OuterRef.of("pk")).or(Q.of("pointOfContact", OuterRef.of("pk")))), "name")
                            .as("largest_company"))
                    .values("firstname", "is_point_of_contact", "is_ceo_of_small_company", "largest_company").orderBy("firstname");
            assertThat(qs.fetch()).extracting(r -> r.get("firstname"), r -> r.get("is_point_of_contact"),
                    r -> r.get("is_ceo_of_small_company"), r -> r.get("largest_company")).containsExactly(
                            tuple("Bob", false, false, null), tuple("Frank", false, true, "Foobar Ltd."),
                            tuple("Joe", true, false, "Example Inc."), tuple("Max", false, true, "Example Inc."));
            assertThat(Employee.objects.annotate(Exists.of(Company.objects.filter("pointOfContact", OuterRef.of("pk")))
                    .as("is_point_of_contact")).filter("is_point_of_contact", true).fetch()).extracting(Model::pk)
                    .containsExactlyInAnyOrderElementsOf(Employee.objects.exclude("company_point_of_contact_set__isnull", true)
                            .fetch().stream().map(Model::pk).toList());
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_in_subquery
    @Test
    void test_in_subquery() {
        var smallCompanies = Company.objects.filter("numEmployees__lt", 200);
        assertThat(Company.objects.filter("pk__in", smallCompanies).fetch()).extracting(Model::pk)
                .containsExactlyInAnyOrder(foobarLtd.pk(), gmbh.pk());
        assertThat(Company.objects.filter("pk", Subquery.of(smallCompanies.filter("numEmployees", 3), "pk")).fetch())
                .extracting(Model::pk).containsExactly(foobarLtd.pk());
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_nested_subquery
    @Test
    void test_nested_subquery() {
        var inner = Company.objects.filter("pointOfContact", OuterRef.of("pk"));
        var outer = Employee.objects.annotate(Exists.of(inner).as("is_point_of_contact"));
        var contrived = Employee.objects.annotate(Subquery.of(outer.filter("pk", OuterRef.of("pk")).values("is_point_of_contact"))
                .as("is_point_of_contact"));
        assertThat(contrived.orderBy("pk").valuesList().fetch()).isEqualTo(outer.orderBy("pk").valuesList().fetch());
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_annotations_within_subquery
    @Test
    void test_annotations_within_subquery() {
        rolledBack(() -> {
            Company.objects.filter("numEmployees__lt", 50).update("ceo", Employee.objects.get("firstname", "Frank"));
            var inner = Company.objects.filter("ceo", OuterRef.of("pk")).values("ceo").annotate(Sum.of("numEmployees")
                    .as("total_employees"));
            var outer = Employee.objects.annotate(Subquery.of(inner, "total_employees").as("total_employees"))
                    .filter("salary__lte", Subquery.of(inner, "total_employees"));
            assertThat(outer.orderBy("-total_employees").values("salary", "total_employees").fetch())
                    .containsExactly(Map.of("salary", 10, "total_employees", 2300L), Map.of("salary", 20, "total_employees", 35L));
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_subquery_references_joined_table_twice
    @Test
    void test_subquery_references_joined_table_twice() {
        var inner = Company.objects.filter("numChairs__gte", OuterRef.of("ceo__salary"), "numEmployees__gte",
                OuterRef.of("pointOfContact__salary"));
        assertThat(Company.objects.filter("pk", Subquery.of(inner, "pk")).exists()).isFalse();
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_aggregate_subquery_annotation
    @Test
    void test_aggregate_subquery_annotation() {
        Map<String, Object> aggregate = Company.objects.annotate(Subquery.of(Employee.objects.filter("id", OuterRef.of("ceo")),
                "salary").as("ceo_salary")).aggregate(Count.of("pk").filter("ceo_salary__gt", 20).as("ceo_salary_gt_20"));
        assertThat(aggregate).containsEntry("ceo_salary_gt_20", 1L);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_outerref_with_operator
    @Test
    void test_outerref_with_operator() {
        var inner = Company.objects.filter("numEmployees", OuterRef.of("ceo__salary").plus(2));
        assertThat(Company.objects.filter("pk", Subquery.of(inner, "pk")).get().name).isEqualTo("Test GmbH");
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_annotation_with_outerref
    @Test
    void test_annotation_with_outerref() {
        Company gmbhSalary = Company.objects.annotate(Subquery.of(Company.objects.annotate(OuterRef.of("numEmployees")
                .plus(F.of("numEmployees")).as("salary_raise")).orderBy("-salary_raise"), "salary_raise").as("max_ceo_salary_raise"))
                .get("pk", gmbh.pk());
        assertThat(gmbhSalary.annotation("max_ceo_salary_raise", Integer.class)).isEqualTo(2332);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_incorrect_field_in_F_expression
    @Test
    void test_incorrect_field_in_F_expression() {
        assertThatThrownBy(() -> Employee.objects.filter("firstname", F.of("nope")).fetch()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'nope'");
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_incorrect_joined_field_in_F_expression
    @Test
    void test_incorrect_joined_field_in_F_expression() {
        assertThatThrownBy(() -> Company.objects.filter("ceo__pk", F.of("pointOfContact__nope")).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("nope");
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_exists_in_filter
    @Test
    void test_exists_in_filter() {
        var inner = Company.objects.filter("ceo", OuterRef.of("pk"));
        List<Object> qs1 = Employee.objects.filter(Exists.of(inner)).fetch().stream().map(Model::pk).toList();
        List<Object> qs2 = Employee.objects.annotate(Exists.of(inner).as("found")).filter("found", true).fetch().stream()
                .map(Model::pk).toList();
        assertThat(qs1).hasSize(3).containsExactlyInAnyOrderElementsOf(qs2);
        assertThat(Employee.objects.exclude(Exists.of(inner)).exists()).isFalse();
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_subquery_in_filter
    @Test
    void test_subquery_in_filter() {
        var inner = Company.objects.filter("ceo", OuterRef.of("pk")).values("basedInEu");
        assertThat(Employee.objects.filter(Subquery.of(inner)).fetch()).extracting(Model::pk)
                .containsExactly(foobarLtd.ceo.id());
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_order_by_exists
    @Test
    void test_order_by_exists() {
        rolledBack(() -> {
            Employee mary = Employee.objects.create("firstname", "Mary", "lastname", "Mustermann", "salary", 20);
            var bySeniority = Employee.objects.filter("lastname", "Mustermann")
                    .orderBy(Exists.of(Company.objects.filter("ceo", OuterRef.of("pk"))).desc());
            assertThat(bySeniority.fetch()).extracting(Model::pk).containsExactly(max.pk(), mary.pk());
        });
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_filtering_on_annotate_that_uses_q
    @Test
    void test_filtering_on_annotate_that_uses_q() {
        assertThat(Company.objects.annotate(io.aksara.expr.ExpressionWrapper.of(Q.of("numEmployees__gt", 3)).as("num_employees_check"))
                .filter("num_employees_check", true).count()).isEqualTo(2);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_filtering_on_q_that_is_boolean
    @Test
    void test_filtering_on_q_that_is_boolean() {
        assertThat(Company.objects.filter(io.aksara.expr.ExpressionWrapper.of(Q.of("numEmployees__gt", 3))).count()).isEqualTo(2);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_exists_in_filter (the ~Exists part)
    @Test
    void test_exists_in_filter_negated() {
        var inner = Company.objects.filter("ceo", OuterRef.of("pk"));
        List<Object> qs2 = Employee.objects.annotate(Exists.of(inner).as("found")).filter("found", true).fetch().stream()
                .map(Model::pk).toList();
        assertThat(Employee.objects.exclude(Exists.of(inner).not()).fetch()).extracting(Model::pk)
                .containsExactlyInAnyOrderElementsOf(qs2);
    }

    // Django 6.0 tests/expressions/tests.py BasicExpressionsTests.test_subquery (is_not_point_of_contact, is_ceo_small_2)
    @Test
    void test_subquery_negated_exists() {
        var qs = Employee.objects.annotate(
                Exists.of(Company.objects.filter("pointOfContact", OuterRef.of("pk"))).not().as("is_not_point_of_contact"),
                Exists.of(Company.objects.filter("numEmployees__lt", 200, "ceo", OuterRef.of("pk"))).not().not()
                        .as("is_ceo_small_2")).values("firstname", "is_not_point_of_contact", "is_ceo_small_2").orderBy("firstname");
        // the data of setUpTestData: nobody is a point of contact; Frank and Max run small companies
        assertThat(qs.fetch()).extracting(r -> r.get("firstname"), r -> r.get("is_not_point_of_contact"), r -> r.get("is_ceo_small_2"))
                .containsExactly(tuple("Frank", true, true), tuple("Joe", true, false), tuple("Max", true, true));
    }
}
