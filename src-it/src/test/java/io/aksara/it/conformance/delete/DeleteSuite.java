package io.aksara.it.conformance.delete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.ProtectedError;
import io.aksara.errors.RestrictedError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/delete/tests.py OnDeleteTests: what each on_delete rule does when the target goes. */
@OnEveryDatabase
class DeleteSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(P.class, R.class, A.class, B.class, B3.class);
    }

    /** Django's create_a: an A whose every key points to a new R of its own. */
    private static A createA(String name) {
        A a = new A();
        a.name = name;
        a.auto = Ref.to(R.objects.create("isDefault", false));
        a.autoNullable = Ref.to(R.objects.create("isDefault", false));
        a.setnull = Ref.to(R.objects.create("isDefault", false));
        a.setdefaultNone = Ref.to(R.objects.create("isDefault", false));
        a.cascade = Ref.to(R.objects.create("isDefault", false));
        a.cascadeNullable = Ref.to(R.objects.create("isDefault", false));
        a.protect = Ref.to(R.objects.create("isDefault", false));
        a.restrict = Ref.to(R.objects.create("isDefault", false));
        a.o2oSetnull = Ref.to(R.objects.create("isDefault", false));
        a.save();
        return a;
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_auto
    @Test
    void test_auto() {
        A a = createA("auto");
        a.auto.get().delete();
        assertThat(A.objects.filter("name", "auto").exists()).isFalse();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_auto_nullable
    @Test
    void test_auto_nullable() {
        A a = createA("auto_nullable");
        a.autoNullable.get().delete();
        assertThat(A.objects.filter("name", "auto_nullable").exists()).isFalse();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_setnull
    @Test
    void test_setnull() {
        A a = createA("setnull");
        a.setnull.get().delete();
        assertThat(A.objects.get("pk", a.pk()).setnull).isNull();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_setdefault_none
    @Test
    void test_setdefault_none() {
        A a = createA("setdefault_none");
        a.setdefaultNone.get().delete();
        assertThat(A.objects.get("pk", a.pk()).setdefaultNone).isNull();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_cascade
    @Test
    void test_cascade() {
        A a = createA("cascade");
        a.cascade.get().delete();
        assertThat(A.objects.filter("name", "cascade").exists()).isFalse();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_cascade_nullable
    @Test
    void test_cascade_nullable() {
        A a = createA("cascade_nullable");
        a.cascadeNullable.get().delete();
        assertThat(A.objects.filter("name", "cascade_nullable").exists()).isFalse();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_protect
    @Test
    void test_protect() {
        A a = createA("protect");
        assertThatThrownBy(() -> a.protect.get().delete()).isInstanceOfSatisfying(ProtectedError.class,
                e -> assertThat(e.protectedObjects()).containsExactly(a)).hasMessageContaining("A.protect");
        assertThat(R.objects.filter("pk", a.protect.id()).exists()).isTrue();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_protect_multiple
    @Test
    void test_protect_multiple() {
        A a = createA("protect");
        B b = B.objects.create("protect", a.protect.get());
        assertThatThrownBy(() -> a.protect.get().delete()).isInstanceOfSatisfying(ProtectedError.class,
                e -> assertThat(e.protectedObjects()).containsExactlyInAnyOrder(a, b))
                .hasMessageContaining("A.protect").hasMessageContaining("B.protect");
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_protect_path
    @Test
    void test_protect_path() {
        A a = createA("protect");
        R protect = a.protect.get();
        P p = new P();
        p.save();
        protect.p = Ref.to(p);
        protect.save();
        // deleting the P cascades to the R, which the A protects
        assertThatThrownBy(p::delete).isInstanceOfSatisfying(ProtectedError.class,
                e -> assertThat(e.protectedObjects()).containsExactly(a));
        assertThat(P.objects.count()).isEqualTo(1);
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_o2o_setnull
    @Test
    void test_o2o_setnull() {
        A a = createA("o2o_setnull");
        a.o2oSetnull.get().delete();
        assertThat(A.objects.get("pk", a.pk()).o2oSetnull).isNull();
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_restrict
    @Test
    void test_restrict() {
        A a = createA("restrict");
        assertThatThrownBy(() -> a.restrict.get().delete()).isInstanceOfSatisfying(RestrictedError.class,
                e -> assertThat(e.restrictedObjects()).containsExactly(a)).hasMessageContaining("A.restrict");
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_restrict_multiple
    @Test
    void test_restrict_multiple() {
        A a = createA("restrict");
        B3 b3 = B3.objects.create("restrict", a.restrict.get());
        assertThatThrownBy(() -> a.restrict.get().delete()).isInstanceOfSatisfying(RestrictedError.class,
                e -> assertThat(e.restrictedObjects()).containsExactlyInAnyOrder(a, b3))
                .hasMessageContaining("A.restrict").hasMessageContaining("B3.restrict");
    }

    // Django 6.0 tests/delete/tests.py OnDeleteTests.test_restrict_path_cascade_indirect
    @Test
    void test_restrict_path_cascade_indirect() {
        A a = createA("restrict");
        R restrict = a.restrict.get();
        P p = new P();
        p.save();
        restrict.p = Ref.to(p);
        restrict.save();
        assertThatThrownBy(p::delete).isInstanceOfSatisfying(RestrictedError.class,
                e -> assertThat(e.restrictedObjects()).containsExactly(a));
        // referenced through a CASCADE as well, it can be deleted
        R cascade = a.cascade.get();
        cascade.p = Ref.to(p);
        cascade.save();
        p.delete();
        assertThat(A.objects.filter("name", "restrict").exists()).isFalse();
        assertThat(R.objects.filter("pk", restrict.pk()).exists()).isFalse();
    }
}
