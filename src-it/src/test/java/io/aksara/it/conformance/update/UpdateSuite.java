package io.aksara.it.conformance.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/update/tests.py SimpleTest and AdvancedTests: QuerySet.update and update()
 * through a reverse foreign key manager. Each Django class has its own data, so each test makes
 * the rows of its class first.
 */
@OnEveryDatabase
class UpdateSuite extends DjangoTestCase {
    A a1;
    A a2;
    DataPoint d0;
    DataPoint d2;
    DataPoint d3;
    RelatedPoint r1;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(DataPoint.class, RelatedPoint.class, A.class, B.class, Foo.class, Bar.class, Bar_m2mFoo.class);
    }

    /** SimpleTest.setUpTestData (without the D rows: multi-table inheritance is not expressible). */
    private void simple() {
        a1 = A.objects.create("x", 10);
        a2 = A.objects.create("x", 10);
        for (int i = 0; i < 20; i++) {
            B.objects.create("a", a1);
        }
    }

    /** AdvancedTests.setUpTestData. */
    private void advanced() {
        d0 = DataPoint.objects.create("name", "d0", "value", "apple");
        d2 = DataPoint.objects.create("name", "d2", "value", "banana");
        d3 = DataPoint.objects.create("name", "d3", "value", "banana", "isActive", false);
        r1 = RelatedPoint.objects.create("name", "r1", "data", d3);
    }

    // Django 6.0 tests/update/tests.py SimpleTest.test_nonempty_update
    @Test
    void test_nonempty_update() {
        simple();
        assertThat(a1.bSet().update("y", 100)).isEqualTo(20);
        assertThat(B.objects.filter("y", 100).count()).isEqualTo(20);
    }

    // Django 6.0 tests/update/tests.py SimpleTest.test_empty_update
    @Test
    void test_empty_update() {
        simple();
        assertThat(a2.bSet().update("y", 100)).isZero();
        assertThat(B.objects.filter("y", 100).count()).isZero();
    }

    // Django 6.0 tests/update/tests.py SimpleTest.test_foreign_key_update_with_id (on B: D needs inheritance)
    @Test
    void test_foreign_key_update_with_id() {
        simple();
        assertThat(a1.bSet().update("a_id", a2)).isEqualTo(20);
        assertThat(a2.bSet().count()).isEqualTo(20);
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update
    @Test
    void test_update() {
        advanced();
        assertThat(DataPoint.objects.filter("value", "apple").update("name", "d1")).isEqualTo(1);
        assertThat(DataPoint.objects.filter("value", "apple").fetch()).containsExactly(d0);
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_multiple_objects
    @Test
    void test_update_multiple_objects() {
        advanced();
        assertThat(DataPoint.objects.filter("value", "banana").update("value", "pineapple")).isEqualTo(2);
        assertThat(DataPoint.objects.get("name", "d2").value).isEqualTo("pineapple");
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_fk
    @Test
    void test_update_fk() {
        advanced();
        assertThat(RelatedPoint.objects.filter("name", "r1").update("data", d0)).isEqualTo(1);
        assertThat(RelatedPoint.objects.filter("data__name", "d0").fetch()).containsExactly(r1);
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_multiple_fields
    @Test
    void test_update_multiple_fields() {
        advanced();
        assertThat(DataPoint.objects.filter("value", "apple").update("value", "fruit", "anotherValue", "peach")).isEqualTo(1);
        DataPoint d = DataPoint.objects.get("name", "d0");
        assertThat(d.value).isEqualTo("fruit");
        assertThat(d.anotherValue).isEqualTo("peach");
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_all
    @Test
    void test_update_all() {
        advanced();
        assertThat(DataPoint.objects.update("value", "thing")).isEqualTo(3);
        assertThat(DataPoint.objects.values("value").distinct().fetch()).containsExactly(Map.of("value", "thing"));
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_slice_fail
    @Test
    void test_update_slice_fail() {
        advanced();
        assertThatThrownBy(() -> DataPoint.objects.all().slice(0, 2).update("anotherValue", "another thing"))
                .isInstanceOf(AksaraException.class).hasMessageContaining("slice");
        assertThat(DataPoint.objects.filter("anotherValue", "another thing").count()).isZero();
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_m2m_field
    @Test
    void test_update_m2m_field() {
        assertThatThrownBy(() -> Bar.objects.update("m2mFoo", "whatever")).isInstanceOf(FieldError.class)
                .hasMessageContaining("m2mFoo");
    }

    // Django 6.0 tests/update/tests.py AdvancedTests.test_update_annotated_queryset (the cases without aggregates)
    @Test
    void test_update_annotated_queryset() {
        advanced();
        assertThat(DataPoint.objects.annotate("alias", F.of("value")).update("anotherValue", "foo")).isEqualTo(3);
        assertThat(DataPoint.objects.annotate("alias", F.of("value")).filter("alias", "apple")
                .update("anotherValue", "foo")).isEqualTo(1);
    }
}
