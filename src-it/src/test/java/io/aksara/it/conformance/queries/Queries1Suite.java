package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Q;
import io.aksara.QuerySet;
import io.aksara.aggregates.Count;
import io.aksara.it.OnEveryDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py, Queries1Tests: filters and excludes across foreign keys,
 * many-to-many relations and reverse relations, nested negations, nulls and Q combinations.
 * Expected values are Django's assertions; the join-count assertions (SQL shape) are left out.
 */
@OnEveryDatabase
class Queries1Suite extends QueriesData {

    static Q q(String lookup, Object value, Object... more) {
        return Q.of(lookup, value, more);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket1050
    @Test
    void test_ticket1050() {
        assertThat(Item.objects.filter("tags__isnull", true).fetch()).containsExactly(i3);
        assertThat(Item.objects.filter("tags__id__isnull", true).fetch()).containsExactly(i3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket1801
    @Test
    void test_ticket1801() {
        assertThat(Author.objects.filter("item", i2).fetch()).containsExactly(a2);
        assertThat(Author.objects.filter("item", i3).fetch()).containsExactly(a2);
        assertThat(Author.objects.filter("item", i2).and(Author.objects.filter("item", i3)).fetch()).containsExactly(a2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket2306 (the results, not the join types)
    @Test
    void test_ticket2306() {
        assertThat(Item.objects.filter(q("tags", t1)).orderBy("name").fetch()).containsExactly(i1, i2);
        assertThat(Item.objects.filter(q("tags", t1)).filter(q("tags", t2)).fetch()).containsExactly(i1);
        assertThat(Item.objects.filter(q("tags", t1)).filter(q("creator__name", "fred").or(q("tags", t2))).fetch())
                .containsExactly(i1);
        // one filter call looks for one tag that is two things at once
        assertThat(Item.objects.filter(q("tags", t1).and(q("tags", t2))).fetch()).isEmpty();
        assertThat(Item.objects.filter(q("tags", t1), q("creator__name", "fred").or(q("tags", t2))).fetch()).isEmpty();
        assertThat(Author.objects.filter("ranking__rank", 2, "ranking__id", rank1.id).fetch()).containsExactly(a2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket4464
    @Test
    void test_ticket4464() {
        assertThat(Item.objects.filter("tags", t1).filter("tags", t2).fetch()).containsExactly(i1);
        assertThat(Item.objects.filter("tags__in", List.of(t1, t2)).distinct().orderBy("name").fetch())
                .containsExactly(i1, i2);
        assertThat(Item.objects.filter("tags__in", List.of(t1, t2)).filter("tags", t3).fetch()).containsExactly(i2);
        assertThat(Item.objects.filter("tags__in", List.of(t1, t2)).distinct().orderBy("name").slice(0, 3).fetch())
                .containsExactly(i1, i2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket4464, the slice without distinct()
    @Test
    @org.junit.jupiter.api.Tag("django-difference") // spelled out: this app has a model named Tag
    void test_ticket4464_slice_without_distinct() {
        // docs/querying.md: "A filter across a to-many relation therefore returns each parent once, however many
        // children match (Django's join can repeat the parent until `distinct()` is added)." Django: [i1, i1, i2].
        assertThat(Item.objects.filter("tags__in", List.of(t1, t2)).orderBy("name").slice(0, 3).fetch())
                .containsExactly(i1, i2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_2080_3592
    @Test
    void test_tickets_2080_3592() {
        assertThat(Author.objects.filter("item__name", "one").or(Author.objects.filter("name", "a3")).fetch())
                .containsExactly(a1, a3);
        assertThat(Author.objects.filter(q("item__name", "one").or(q("name", "a3"))).fetch()).containsExactly(a1, a3);
        assertThat(Author.objects.filter(q("name", "a3").or(q("item__name", "one"))).fetch()).containsExactly(a1, a3);
        assertThat(Author.objects.filter(q("item__name", "three").or(q("report__name", "r3"))).fetch())
                .containsExactly(a2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket6074
    @Test
    void test_ticket6074() {
        assertThat(Author.objects.filter(q("id__in", List.of())).fetch()).isEmpty();
        assertThat(Author.objects.filter(q("id__in", List.of()).or(q("id__in", List.of()))).fetch()).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket4510
    @Test
    void test_ticket4510() {
        assertThat(Author.objects.filter("report__name", "r1").fetch()).containsExactly(a1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7378
    @Test
    void test_ticket7378() {
        assertThat(a1.reportSet().all().fetch()).containsExactly(r1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_5324_6704
    @Test
    void test_tickets_5324_6704() {
        assertThat(Item.objects.filter("tags__name", "t4").fetch()).containsExactly(i4);
        assertThat(Item.objects.exclude("tags__name", "t4").orderBy("name").distinct().fetch())
                .containsExactly(i1, i3, i2);
        assertThat(Item.objects.exclude("tags__name", "t4").orderBy("name").distinct().reverse().fetch())
                .containsExactly(i2, i3, i1);
        assertThat(Author.objects.exclude("item__name", "one").distinct().orderBy("name").fetch())
                .containsExactly(a2, a3, a4);
        // excluding across a many-to-many with more than one related row
        assertThat(Item.objects.exclude("tags__name", "t1").orderBy("name").fetch()).containsExactly(i4, i3);
        assertThat(Item.objects.exclude("tags__name", "t1").exclude("tags__name", "t4").fetch()).containsExactly(i3);
        // nullable foreign keys
        assertThat(Tag.objects.filter("parent__isnull", true).orderBy("name").fetch()).containsExactly(t1);
        assertThat(Tag.objects.exclude("parent__isnull", true).orderBy("name").fetch()).containsExactly(t2, t3, t4, t5);
        assertThat(Tag.objects.exclude(q("parent__name", "t1").or(q("parent__isnull", true))).orderBy("name").fetch())
                .containsExactly(t4, t5);
        assertThat(Tag.objects.exclude(q("parent__isnull", true).or(q("parent__name", "t1"))).orderBy("name").fetch())
                .containsExactly(t4, t5);
        assertThat(Tag.objects.exclude(q("parent__parent__isnull", true)).orderBy("name").fetch())
                .containsExactly(t4, t5);
        assertThat(Tag.objects.filter(q("parent__parent__isnull", true).not()).orderBy("name").fetch())
                .containsExactly(t4, t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket2091
    @Test
    void test_ticket2091() {
        Tag t = Tag.objects.get("name", "t4");
        assertThat(Item.objects.filter("tags__in", List.of(t)).fetch()).containsExactly(i4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket2400
    @Test
    void test_ticket2400() {
        assertThat(Author.objects.filter("item__isnull", true).fetch()).containsExactly(a3);
        assertThat(Tag.objects.filter("item__isnull", true).fetch()).containsExactly(t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_2076_7256 (the orderings Aksara expresses)
    @Test
    void test_tickets_2076_7256() {
        assertThat(Item.objects.orderBy("note__note", "name").fetch()).containsExactly(i2, i4, i1, i3);
        // Author's Meta ordering is by name; ordering by the key here gives the same order
        assertThat(Item.objects.orderBy("creator", "name").fetch()).containsExactly(i1, i3, i2, i4);
        assertThat(Item.objects.orderBy("name").fetch()).containsExactly(i4, i1, i3, i2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_2874_3002
    @Test
    void test_tickets_2874_3002() {
        List<Item> items = Item.objects.selectRelated().orderBy("note__note", "name").fetch();
        assertThat(items).containsExactly(i2, i4, i1, i3);
        // two different notes in one row: the item's and its creator's extra info's
        assertThat(items.getFirst().note.get().note).isEqualTo("n2");
        assertThat(items.getFirst().creator.get().extra.get().note.get().note).isEqualTo("n1");
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket3037
    @Test
    void test_ticket3037() {
        assertThat(Item.objects.filter(q("creator__name", "a3", "name", "two").or(q("creator__name", "a4", "name", "four")))
                .fetch()).containsExactly(i4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket6154
    @Test
    void test_ticket6154() {
        assertThat(Author.objects.filter("id", a1.id).filter(q("extra__note", n1).or(q("item__note", n3))).fetch())
                .containsExactly(a1);
        assertThat(Author.objects.filter(q("extra__note", n1).or(q("item__note", n3))).filter("id", a1.id).fetch())
                .containsExactly(a1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket6981
    @Test
    void test_ticket6981() {
        assertThat(Tag.objects.selectRelated("parent").orderBy("name").fetch()).containsExactly(t1, t2, t3, t4, t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket9926
    @Test
    void test_ticket9926() {
        assertThat(Tag.objects.selectRelated("parent", "category").orderBy("name").fetch())
                .containsExactly(t1, t2, t3, t4, t5);
        assertThat(Tag.objects.selectRelated("parent", "parent__category").orderBy("name").fetch())
                .containsExactly(t1, t2, t3, t4, t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7096
    @Test
    void test_ticket7096() {
        assertThat(Tag.objects.filter("parent", t1, "name", "t3").orderBy("name").fetch()).containsExactly(t3);
        assertThat(Tag.objects.exclude("parent", t1, "name", "t3").orderBy("name").fetch()).containsExactly(t1, t2, t4, t5);
        assertThat(Item.objects.exclude("tags__name", "t1", "name", "one").orderBy("name").distinct().fetch())
                .containsExactly(i4, i3, i2);
        assertThat(Item.objects.filter("name__in", List.of("three", "four")).exclude("tags__name", "t1").orderBy("name")
                .fetch()).containsExactly(i4, i3);
        // nested negations
        assertThat(Item.objects.exclude(q("tags__name", "t1", "name", "one").not()).fetch()).containsExactly(i1);
        assertThat(Item.objects.filter(q("tags__name", "t1", "name", "one").not(), q("name", "two")).fetch())
                .containsExactly(i2);
        assertThat(Item.objects.exclude(q("tags__name", "t1", "name", "one").not().and(q("name", "two"))).fetch())
                .containsExactly(i4, i1, i3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7277
    @Test
    void test_ticket7277() {
        assertThat(n1.annotationSet().filter(q("tag", t5).or(q("tag__children", t5)).or(q("tag__children__children", t5)))
                .fetch()).containsExactly(ann1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_7448_7707
    @Test
    void test_tickets_7448_7707() {
        assertThat(Item.objects.filter("created__in", List.of(TIME1, TIME2)).fetch()).containsExactly(i1, i2);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7076
    @Test
    void test_ticket7076() {
        // excluding does not drop the rows where the column is NULL
        assertThat(Item.objects.exclude("modified", TIME1).orderBy("name").fetch()).containsExactly(i4, i3, i2);
        assertThat(Tag.objects.exclude("parent__name", t1.name).fetch()).containsExactly(t1, t4, t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket8439
    @Test
    void test_ticket8439() {
        assertThat(Author.objects.filter(q("item__note__extrainfo", e2).or(q("report", r1, "name", "xyz"))).fetch())
                .containsExactly(a2);
        assertThat(Author.objects.filter(q("report", r1, "name", "xyz").or(q("item__note__extrainfo", e2))).fetch())
                .containsExactly(a2);
        assertThat(Annotation.objects.filter(q("tag__parent", t1).or(q("notes__note", "n1", "name", "a1"))).fetch())
                .containsExactly(ann1);
        ExtraInfo xx = ExtraInfo.objects.create("info", "xx", "note", n3);
        assertThat(Note.objects.filter(q("extrainfo__author", a1).or(q("extrainfo", xx))).fetch()).containsExactly(n1, n3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_exclude
    @Test
    void test_exclude() {
        assertSame(Item.objects.exclude("tags__name", "t4"), Item.objects.filter(q("tags__name", "t4").not()));
        assertSame(Item.objects.exclude(q("tags__name", "t4").or(q("tags__name", "t3"))),
                Item.objects.filter(q("tags__name", "t4").or(q("tags__name", "t3")).not()));
        assertSame(Item.objects.exclude(q("tags__name", "t4").or(q("tags__name", "t3").not())),
                Item.objects.filter(q("tags__name", "t4").or(q("tags__name", "t3").not()).not()));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_nested_exclude
    @Test
    void test_nested_exclude() {
        assertSame(Item.objects.exclude(q("tags__name", "t4").not()), Item.objects.filter(q("tags__name", "t4").not().not()));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_double_exclude
    @Test
    void test_double_exclude() {
        assertSame(Item.objects.filter(q("tags__name", "t4")), Item.objects.filter(q("tags__name", "t4").not().not()));
        assertSame(Item.objects.filter(q("tags__name", "t4")), Item.objects.filter(new Q.Not(new Q.Not(q("tags__name", "t4")))));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_exclude_in
    @Test
    void test_exclude_in() {
        assertSame(Item.objects.exclude(q("tags__name__in", List.of("t4", "t3"))),
                Item.objects.filter(q("tags__name__in", List.of("t4", "t3")).not()));
        assertSame(Item.objects.filter(q("tags__name__in", List.of("t4", "t3"))),
                Item.objects.filter(new Q.Not(new Q.Not(q("tags__name__in", List.of("t4", "t3"))))));
    }

    /** Django's {@code assertQuerySetEqual(qs1, qs2)}: the same rows in the same order. */
    static void assertSame(QuerySet<Item> actual, QuerySet<Item> expected) {
        List<Item> rows = expected.fetch();
        assertThat(actual.fetch()).isEqualTo(rows);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket19672
    @Test
    void test_ticket19672() {
        assertThat(Report.objects.filter(q("creator__isnull", false).and(q("creator__extra__value", 41).not())).fetch())
                .containsExactly(r1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_20250
    @Test
    void test_ticket_20250() {
        QuerySet<Author> qs = Author.objects.annotate(Count.of("item").as("item__count"))
                .filter(q("extra__value", 0).not()).orderBy("name");
        assertThat(qs.fetch()).containsExactly(a1, a2, a3, a4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_field_with_filterable
    @Test
    void test_field_with_filterable() {
        assertThat(Author.objects.filter("extra", e2).fetch()).containsExactly(a3, a4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_negate_field
    @Test
    void test_negate_field() {
        assertThat(Note.objects.filter("negate", true).fetch()).containsExactly(n1, n2);
        assertThat(Note.objects.exclude("negate", true).fetch()).containsExactly(n3);
    }
}
