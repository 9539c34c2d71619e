package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py, Queries4Tests: combined QuerySets over nullable keys,
 * values across nullable joins, reverse one-to-one with isnull, empty subqueries.
 */
@OnEveryDatabase
class Queries4Suite extends DjangoTestCase {
    Tag t1;
    Note n1;
    Note n2;
    Author a1;
    Author a3;
    Report r1;
    Report r2;
    Report r3;
    Item i1;
    Item i2;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(NamedCategory.class, Tag.class, Note.class, Annotation.class,
                Annotation_notes.class, ExtraInfo.class, Author.class, Item.class, Item_tags.class, Report.class,
                SimpleCategory.class, CategoryItem.class, OneToOneCategory.class);
    }

    @Override
    protected void setUpTestData() {
        NamedCategory generic = NamedCategory.objects.create("name", "Generic");
        t1 = Tag.objects.create("name", "t1", "category", generic);
        n1 = Note.objects.create("note", "n1", "misc", "foo");
        n2 = Note.objects.create("note", "n2", "misc", "bar");
        ExtraInfo e1 = ExtraInfo.objects.create("info", "e1", "note", n1);
        ExtraInfo e2 = ExtraInfo.objects.create("info", "e2", "note", n2);
        a1 = Author.objects.create("name", "a1", "num", 1001, "extra", e1);
        a3 = Author.objects.create("name", "a3", "num", 3003, "extra", e2);
        r1 = Report.objects.create("name", "r1", "creator", a1);
        r2 = Report.objects.create("name", "r2", "creator", a3);
        r3 = Report.objects.create("name", "r3");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        i1 = Item.objects.create("name", "i1", "created", now, "note", n1, "creator", a1);
        i2 = Item.objects.create("name", "i2", "created", now, "note", n1, "creator", a3);
    }

    static Q q(String lookup, Object value, Object... more) {
        return Q.of(lookup, value, more);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket24525
    @Test
    void test_ticket24525() {
        var tag = Tag.objects.create("name", "");
        Note anth100 = tag.noteSet().create("note", "ANTH", "misc", "100");
        Note math101 = tag.noteSet().create("note", "MATH", "misc", "101");
        Annotation s1 = tag.annotationSet().create("name", "1");
        Annotation s2 = tag.annotationSet().create("name", "2");
        s1.notes.set(List.of(math101, anth100));
        s2.notes.set(List.of(math101));
        QuerySet<Annotation> result = math101.annotationSet().all()
                .and(tag.annotationSet().all().exclude("notes__in", List.of(anth100)));
        assertThat(result.fetch()).containsExactly(s2);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket14876
    @Test
    void test_ticket14876() {
        QuerySet<Report> q1 = Report.objects.filter(q("creator__isnull", true).or(q("creator__extra__info", "e1")));
        QuerySet<Report> q2 = Report.objects.filter(q("creator__isnull", true))
                .or(Report.objects.filter(q("creator__extra__info", "e1")));
        assertThat(q1.fetch()).containsExactlyInAnyOrder(r1, r3);
        assertThat(q2.fetch()).containsExactlyInAnyOrder(r1, r3);

        q1 = Report.objects.filter(q("creator__extra__info", "e1").or(q("creator__isnull", true)));
        q2 = Report.objects.filter(q("creator__extra__info", "e1")).or(Report.objects.filter(q("creator__isnull", true)));
        assertThat(q1.fetch()).containsExactlyInAnyOrder(r1, r3);
        assertThat(q2.fetch()).containsExactlyInAnyOrder(r1, r3);

        QuerySet<Item> i1q = Item.objects.filter(q("creator", a1).or(q("creator__report__name", "r1"))).orderBy();
        QuerySet<Item> i2q = Item.objects.filter(q("creator", a1)).orderBy()
                .or(Item.objects.filter(q("creator__report__name", "r1")).orderBy());
        assertThat(i1q.fetch()).containsExactly(i1);
        assertThat(i2q.fetch()).containsExactly(i1);

        i1q = Item.objects.filter(q("creator__report__name", "e1").or(q("creator", a1))).orderBy();
        i2q = Item.objects.filter(q("creator__report__name", "e1")).orderBy().or(Item.objects.filter(q("creator", a1)).orderBy());
        assertThat(i1q.fetch()).containsExactly(i1);
        assertThat(i2q.fetch()).containsExactly(i1);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_combine_join_reuse
    @Test
    void test_combine_join_reuse() {
        Report.objects.create("name", "r4", "creator", a1);
        QuerySet<Author> q1 = Author.objects.filter("report__name", "r5");
        QuerySet<Author> q2 = Author.objects.filter("report__name", "r4").filter("report__name", "r1");
        List<Author> combined = q1.or(q2).fetch();
        assertThat(combined).hasSize(1);
        assertThat(combined.getFirst().name).isEqualTo("a1");
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_combine_or_filter_reuse
    @Test
    void test_combine_or_filter_reuse() {
        QuerySet<Author> combined = Author.objects.filter("name", "a1").or(Author.objects.filter("name", "a3"));
        assertThat(combined.get("name", "a1")).isEqualTo(a1);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket7095 (the values and selectRelated parts)
    @Test
    void test_ticket7095() {
        // values across a nullable key keep the row without one
        assertThat(Report.objects.all().valuesList("creator__extra__info", String.class).orderBy("name").fetch())
                .isEqualTo(Arrays.asList("e1", "e2", null));
        assertThat(Report.objects.selectRelated("creator", "creator__extra").orderBy("name").fetch())
                .containsExactly(r1, r2, r3);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_order_by_resetting
    @Test
    void test_order_by_resetting() {
        QuerySet<Author> qs = Author.objects.orderBy().orderBy("name");
        assertThat(qs.sql()).containsIgnoringCase("order by");
        assertThat(qs.fetch()).containsExactly(a1, a3);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_order_by_reverse_fk
    @Test
    @org.junit.jupiter.api.Tag("django-difference") // spelled out: this app has a model named Tag
    void test_order_by_reverse_fk() {
        // docs/querying.md: "`orderBy` and `values()` may follow to-one paths ...; A to-many path there is refused
        // with a `FieldError`, because it would repeat rows." Django: [c1, c2, c1].
        SimpleCategory c1 = SimpleCategory.objects.create("name", "category1");
        SimpleCategory c2 = SimpleCategory.objects.create("name", "category2");
        CategoryItem.objects.create("category", c1);
        CategoryItem.objects.create("category", c2);
        CategoryItem.objects.create("category", c1);
        assertThatThrownBy(() -> SimpleCategory.objects.orderBy("categoryitem", "pk")).isInstanceOf(FieldError.class);
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket10181
    @Test
    void test_ticket10181() {
        var tags = Tag.objects;
        assertThat(tags.filter("id__in", tags.filter("id__in", List.of())).fetch()).isEmpty();
    }

    /** Queries4Tests' one-to-one data: cat, cat0 and category1, two of them with a OneToOneCategory. */
    List<CategoryItem> oneToOneItems() {
        SimpleCategory c = SimpleCategory.objects.create("name", "cat");
        SimpleCategory c0 = SimpleCategory.objects.create("name", "cat0");
        SimpleCategory c1 = SimpleCategory.objects.create("name", "category1");
        OneToOneCategory.objects.create("category", c1, "newName", "new1");
        OneToOneCategory.objects.create("category", c0, "newName", "new2");
        return List.of(CategoryItem.objects.create("category", c), CategoryItem.objects.create("category", c0),
                CategoryItem.objects.create("category", c1));
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket15316_one2one_filter_false
    @Test
    void test_ticket15316_one2one_filter_false() {
        List<CategoryItem> ci = oneToOneItems();
        QuerySet<CategoryItem> qs = CategoryItem.objects.filter("category__onetoonecategory__isnull", false).orderBy("pk");
        assertThat(qs.count()).isEqualTo(2);
        assertThat(qs.fetch()).containsExactly(ci.get(1), ci.get(2));
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket15316_one2one_exclude_false
    @Test
    void test_ticket15316_one2one_exclude_false() {
        List<CategoryItem> ci = oneToOneItems();
        QuerySet<CategoryItem> qs = CategoryItem.objects.exclude("category__onetoonecategory__isnull", false);
        assertThat(qs.count()).isEqualTo(1);
        assertThat(qs.fetch()).containsExactly(ci.get(0));
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket15316_one2one_filter_true
    @Test
    void test_ticket15316_one2one_filter_true() {
        List<CategoryItem> ci = oneToOneItems();
        QuerySet<CategoryItem> qs = CategoryItem.objects.filter("category__onetoonecategory__isnull", true);
        assertThat(qs.count()).isEqualTo(1);
        assertThat(qs.fetch()).containsExactly(ci.get(0));
    }

    // Django 6.0 tests/queries/tests.py Queries4Tests.test_ticket15316_one2one_exclude_true
    @Test
    void test_ticket15316_one2one_exclude_true() {
        List<CategoryItem> ci = oneToOneItems();
        QuerySet<CategoryItem> qs = CategoryItem.objects.exclude("category__onetoonecategory__isnull", true).orderBy("pk");
        assertThat(qs.count()).isEqualTo(2);
        assertThat(qs.fetch()).containsExactly(ci.get(1), ci.get(2));
    }
}
