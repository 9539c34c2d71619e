package io.aksara.it.conformance.custom_lookups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.Model;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.jooq.vendor.Feature;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.Values;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/custom_lookups/tests.py {@code LookupTests} and {@code YearLteTests}: lookups and
 * transforms registered by the application. Django's are classes with {@code as_sql}; here they are
 * {@link Lookup}s and {@link Transform}s with an SQL template, written once for every database
 * ({@code mod(x, 3)} rather than {@code %}; month arithmetic instead of PostgreSQL's
 * {@code date_trunc}). Registrations are global, as Django's {@code register_lookup} on a field class.
 */
@OnEveryDatabase
class CustomLookupsSuite extends DjangoTestCase {
    /** Django's {@code Div3Lookup}: {@code age__div3=n} is {@code age % 3 = n}. */
    static final Lookup DIV3_LOOKUP = new Lookup() {
        public String name() { return "div3"; }
        public boolean appliesTo(FieldType t) { return t == FieldType.INTEGER; }
        public Object prepare(FieldMeta<?, ?> f, Object v) { return Values.toColumnValue(f, v); }
        public String sqlTemplate() { return "mod({0}, 3) = {1}"; }
    };

    /** Django's {@code Div3Transform}: {@code age__div3__lte=n}. */
    static final Transform DIV3_TRANSFORM = new Transform() {
        public String lookupName() { return "div3"; }
        public boolean appliesTo(FieldType t) { return t == FieldType.INTEGER; }
        public FieldType outputType(FieldType input) { return FieldType.INTEGER; }
        public String sqlTemplate() { return "mod({0}, 3)"; }
    };

    /** Django's {@code InMonth}: the column's month (and year) is the value's. */
    static final Lookup IN_MONTH = new Lookup() {
        public String name() { return "inmonth"; }
        public boolean appliesTo(FieldType t) { return t == FieldType.DATE; }
        public Object prepare(FieldMeta<?, ?> f, Object v) { return Values.toColumnValue(f, v); }
        public String sqlTemplate() {
            return "extract(year from {0}) * 12 + extract(month from {0})"
                    + " = extract(year from cast({1} as date)) * 12 + extract(month from cast({1} as date))";
        }
    };

    Author a1, a2, a3, a4;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Author.class);
    }

    private void fourAges() {
        a1 = Author.objects.create("name", "a1", "age", 1);
        a2 = Author.objects.create("name", "a2", "age", 2);
        a3 = Author.objects.create("name", "a3", "age", 3);
        a4 = Author.objects.create("name", "a4", "age", 4);
    }

    private void fourBirthdates() {
        a1 = Author.objects.create("name", "a1", "birthdate", LocalDate.of(1981, 2, 16));
        a2 = Author.objects.create("name", "a2", "birthdate", LocalDate.of(2012, 2, 29));
        a3 = Author.objects.create("name", "a3", "birthdate", LocalDate.of(2012, 1, 31));
        a4 = Author.objects.create("name", "a4", "birthdate", LocalDate.of(2012, 3, 1));
    }

    private static List<Object> pks(List<? extends Model> rows) {
        return rows.stream().map(Model::pk).toList();
    }

    // Django 6.0 tests/custom_lookups/tests.py LookupTests.test_basic_lookup
    @Test
    void test_basic_lookup() {
        fourAges();
        Lookups.register(DIV3_LOOKUP);
        assertThat(pks(Author.objects.filter("age__div3", 0).fetch())).containsExactly(a3.pk());
        assertThat(pks(Author.objects.filter("age__div3", 1).orderBy("age").fetch())).containsExactly(a1.pk(), a4.pk());
        assertThat(pks(Author.objects.filter("age__div3", 2).fetch())).containsExactly(a2.pk());
        assertThat(pks(Author.objects.filter("age__div3", 3).fetch())).isEmpty();
    }

    // Django 6.0 tests/custom_lookups/tests.py LookupTests.test_birthdate_month
    @Test
    void test_birthdate_month() {
        db.assumeFeature(Feature.EXTRACT); // the lookup's SQL is extract(...)
        fourBirthdates();
        Lookups.register(IN_MONTH);
        assertThat(pks(Author.objects.filter("birthdate__inmonth", LocalDate.of(2012, 1, 15)).fetch())).containsExactly(a3.pk());
        assertThat(pks(Author.objects.filter("birthdate__inmonth", LocalDate.of(2012, 2, 1)).fetch())).containsExactly(a2.pk());
        assertThat(pks(Author.objects.filter("birthdate__inmonth", LocalDate.of(1981, 2, 28)).fetch())).containsExactly(a1.pk());
        assertThat(pks(Author.objects.filter("birthdate__inmonth", LocalDate.of(2012, 3, 12)).fetch())).containsExactly(a4.pk());
        assertThat(pks(Author.objects.filter("birthdate__inmonth", LocalDate.of(2012, 4, 1)).fetch())).isEmpty();
    }

    // Django 6.0 tests/custom_lookups/tests.py LookupTests.test_div3_extract
    @Test
    void test_div3_extract() {
        Lookups.registerTransform(DIV3_TRANSFORM);
        fourAges();
        var baseqs = Author.objects.all().orderBy("name");
        assertThat(pks(baseqs.filter("age__div3", 2).fetch())).containsExactly(a2.pk());
        assertThat(pks(baseqs.filter("age__div3__lte", 3).fetch())).containsExactly(a1.pk(), a2.pk(), a3.pk(), a4.pk());
        assertThat(pks(baseqs.filter("age__div3__in", List.of(0, 2)).fetch())).containsExactly(a2.pk(), a3.pk());
    }

    // Django 6.0 tests/custom_lookups/tests.py YearLteTests.test_year_lte (results only: Django's YearLte
    // rewrites the SQL for PostgreSQL; here the built-in year transform answers)
    @Test
    void test_year_lte() {
        fourBirthdates();
        var baseqs = Author.objects.all().orderBy("name");
        assertThat(pks(baseqs.filter("birthdate__year__lte", 2012).fetch())).containsExactly(a1.pk(), a2.pk(), a3.pk(), a4.pk());
        assertThat(pks(baseqs.filter("birthdate__year", 2012).fetch())).containsExactly(a2.pk(), a3.pk(), a4.pk());
        assertThat(pks(baseqs.filter("birthdate__year__lte", 2011).fetch())).containsExactly(a1.pk());
        assertThat(pks(baseqs.filter("birthdate__year__lt", 2012).fetch())).containsExactly(a1.pk());
    }

    // Django 6.0 tests/custom_lookups/tests.py YearLteTests.test_year_lte_fexpr
    @Test
    void test_year_lte_fexpr() {
        fourBirthdates();
        Author.objects.filter("pk", a2.pk()).update("age", 2011);
        Author.objects.filter("pk", a3.pk()).update("age", 2012);
        Author.objects.filter("pk", a4.pk()).update("age", 2013);
        var baseqs = Author.objects.all().orderBy("name");
        assertThat(pks(baseqs.filter("birthdate__year__lte", F.of("age")).fetch())).containsExactly(a3.pk(), a4.pk());
        assertThat(pks(baseqs.filter("birthdate__year__lt", F.of("age")).fetch())).containsExactly(a4.pk());
    }

    // Django 6.0 tests/custom_lookups/tests.py LookupTransformCallOrderTests.test_call_order (the errors)
    @Test
    void test_call_order() {
        assertThatThrownBy(() -> Author.objects.filter("birthdate__year__junk", 2012)).isInstanceOf(FieldError.class)
                .hasMessageContaining("junk");
        assertThatThrownBy(() -> Author.objects.filter("birthdate__year__junk__more_junk", 2012))
                .isInstanceOf(FieldError.class).hasMessageContaining("junk");
        assertThat(Author.objects.filter("birthdate__year", 2012).count()).isZero();
        assertThat(Author.objects.filter("birthdate__year__exact", 2012).count()).isZero();
    }
}
