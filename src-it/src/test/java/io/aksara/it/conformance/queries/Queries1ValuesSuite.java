package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Q;
import io.aksara.QueryLog;
import io.aksara.QuerySet;
import io.aksara.aggregates.Count;
import io.aksara.expr.Exists;
import io.aksara.expr.OuterRef;
import io.aksara.it.OnEveryDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py, Queries1Tests, second half: combining QuerySets
 * ({@code |}, {@code &} as {@code or()}/{@code and()}), {@code values()} and {@code distinct()},
 * {@code datetimes()}, empty QuerySets and subqueries as {@code in} values.
 */
@OnEveryDatabase
class Queries1ValuesSuite extends QueriesData {

    static Q q(String lookup, Object value, Object... more) {
        return Q.of(lookup, value, more);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_1878_2939
    @Test
    void test_tickets_1878_2939() {
        assertThat(Item.objects.all().values("creator").distinct().count()).isEqualTo(3);
        // a duplicate name, for the multi-column case
        Item xx = Item.objects.create("name", "four", "created", TIME1, "creator", a2, "note", n1);
        assertThat(Item.objects.exclude("name", "two").values("creator", "name").distinct().count()).isEqualTo(4);
        xx.delete();
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7323
    @Test
    void test_ticket7323() {
        assertThat(Item.objects.all().values("creator", "name").count()).isEqualTo(4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket2253
    @Test
    void test_ticket2253() {
        QuerySet<Item> q1 = Item.objects.orderBy("name");
        QuerySet<Item> q2 = Item.objects.filter("id", i1.id);
        assertThat(q1.fetch()).containsExactly(i4, i1, i3, i2);
        assertThat(q2.fetch()).containsExactly(i1);
        assertThat(q1.or(q2).orderBy("name").fetch()).containsExactly(i4, i1, i3, i2);
        assertThat(q1.and(q2).orderBy("name").fetch()).containsExactly(i1);

        q1 = Item.objects.filter("tags", t1);
        q2 = Item.objects.filter("note", n3, "tags", t2);
        QuerySet<Item> q3 = Item.objects.filter("creator", a4);
        assertThat(q1.and(q2).or(q3).orderBy("name").fetch()).containsExactly(i4, i1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_5321_7070
    @Test
    void test_tickets_5321_7070() {
        // the ordering columns take part in DISTINCT, so 'foo' comes twice
        assertThat(Note.objects.all().values("misc").distinct().orderBy("note", "-misc").fetch())
                .containsExactly(Map.of("misc", "foo"), Map.of("misc", "bar"), Map.of("misc", "foo"));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket4358
    @Test
    void test_ticket4358() {
        assertThat(ExtraInfo.objects.all().values("note_id").fetch())
                .containsExactly(Map.of("note_id", n1.id), Map.of("note_id", n2.id));
        assertThat(ExtraInfo.objects.all().values("note").fetch())
                .containsExactly(Map.of("note", n1.id), Map.of("note", n2.id));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_tickets_6180_6203
    @Test
    void test_tickets_6180_6203() {
        assertThat(Item.objects.count()).isEqualTo(4);
        assertThat(Item.objects.all().datetimes("created", "month")).hasSize(1);
        List<OffsetDateTime> days = Item.objects.all().datetimes("created", "day");
        assertThat(days).hasSize(2);
        assertThat(days.getFirst()).isEqualTo(at(2007, 12, 19, 0, 0));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7155
    @Test
    void test_ticket7155() {
        // a nullable column: the NULL is not a date
        assertThat(Item.objects.all().datetimes("modified", "day")).containsExactly(at(2007, 12, 19, 0, 0));
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7235
    @Test
    void test_ticket7235() {
        Eaten.objects.create("meal", "m");
        QuerySet<Eaten> q = Eaten.objects.none();
        List<String> statements = QueryLog.capture(() -> {
            assertThat(q.all().fetch()).isEmpty();
            assertThat(q.filter("meal", "m").fetch()).isEmpty();
            assertThat(q.exclude("meal", "m").fetch()).isEmpty();
            assertThat(q.selectRelated("food").fetch()).isEmpty();
            assertThat(q.annotate(Count.of("food").as("food__count")).fetch()).isEmpty();
            assertThat(q.orderBy("meal", "food").fetch()).isEmpty();
            assertThat(q.distinct().fetch()).isEmpty();
            assertThat(q.reverse().fetch()).isEmpty();
            assertThat(q.defer("meal").fetch()).isEmpty();
            assertThat(q.only("meal").fetch()).isEmpty();
        });
        assertThat(statements).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket9997
    @Test
    void test_ticket9997() {
        assertThat(Tag.objects.filter("name__in", Tag.objects.filter("parent", t1).values("name")).fetch())
                .containsExactly(t2, t3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket10205
    @Test
    void test_ticket10205() {
        assertThat(Tag.objects.filter("name__in", List.of()).update("name", "foo")).isZero();
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket10432
    @Test
    void test_ticket10432() {
        Note first = Note.objects.all().slice(0, 1).fetch().getFirst();
        assertThat(Note.objects.filter("pk__in", List.of()).fetch()).isEmpty();
        assertThat(Note.objects.filter("pk__in", List.of(first.id)).fetch()).containsExactly(first);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket10742
    @Test
    void test_ticket10742() {
        QuerySet<Author> subq = Author.objects.filter("num__lt", 3000);
        assertThat(Author.objects.filter("pk__in", subq).fetch()).containsExactly(a1, a2);
        assertThat(Author.objects.exclude("pk__in", subq).fetch()).containsExactly(a3, a4);
        assertThat(Author.objects.filter(q("pk__in", subq).and(q("name", "a1"))).fetch()).containsExactly(a1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket7181
    @Test
    void test_ticket7181() {
        assertThat(Tag.objects.orderBy("parent__name").fetch()).hasSize(5);
        // empty QuerySets combine with others
        assertThat(Note.objects.none().or(Note.objects.all()).fetch()).containsExactly(n1, n2, n3);
        assertThat(Note.objects.all().or(Note.objects.none()).fetch()).containsExactly(n1, n2, n3);
        assertThat(Note.objects.none().and(Note.objects.all()).fetch()).isEmpty();
        assertThat(Note.objects.all().and(Note.objects.none()).fetch()).isEmpty();
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_1
    @Test
    void test_ticket_10790_1() {
        assertThat(Tag.objects.filter("parent__isnull", true).fetch()).containsExactly(t1);
        assertThat(Tag.objects.filter("parent__isnull", false).fetch()).containsExactly(t2, t3, t4, t5);
        assertThat(Tag.objects.exclude("parent__isnull", true).fetch()).containsExactly(t2, t3, t4, t5);
        assertThat(Tag.objects.exclude("parent__isnull", false).fetch()).containsExactly(t1);
        assertThat(Tag.objects.exclude("parent__parent__isnull", false).fetch()).containsExactly(t1, t2, t3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_2
    @Test
    void test_ticket_10790_2() {
        assertThat(Tag.objects.filter("parent__parent__isnull", false).fetch()).containsExactly(t4, t5);
        assertThat(Tag.objects.filter("parent__parent", t1).fetch()).containsExactly(t4, t5);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_3
    @Test
    void test_ticket_10790_3() {
        assertThat(NamedCategory.objects.filter("tag__isnull", true).fetch()).isEmpty();
        assertThat(NamedCategory.objects.filter("tag__parent__isnull", true).fetch()).containsExactly(nc1);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_5
    @Test
    void test_ticket_10790_5() {
        assertThat(Author.objects.filter("item__tags__parent__parent__isnull", false).fetch()).containsExactly(a4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_4 to _7: to-many paths with isnull
    @Test
    @org.junit.jupiter.api.Tag("django-difference") // spelled out: this app has a model named Tag
    void test_ticket_10790_to_many_isnull() {
        // docs/querying.md: "A filter across a to-many relation therefore returns each parent once, however many
        // children match (Django's join can repeat the parent until `distinct()` is added)."
        // Django: [a2, a3]; [a1, a2, a2, a3]; [a1, a1, a2, a2, a4]; [a1, a2, a4]; [a1, a1, a2, a2, a2, a3];
        // [a3]; [a1, a2, a2, a4]
        assertThat(Author.objects.filter("item__tags__isnull", true).fetch()).containsExactly(a2, a3);
        assertThat(Author.objects.filter("item__tags__parent__isnull", true).fetch()).containsExactly(a1, a2, a3);
        assertThat(Author.objects.filter("item__tags__isnull", false).fetch()).containsExactly(a1, a2, a4);
        assertThat(Author.objects.filter("item__tags__parent__isnull", false).fetch()).containsExactly(a1, a2, a4);
        assertThat(Author.objects.filter("item__tags__parent__parent__isnull", true).fetch()).containsExactly(a1, a2, a3);
        assertThat(Author.objects.filter("item__isnull", true).fetch()).containsExactly(a3);
        assertThat(Author.objects.filter("item__isnull", false).fetch()).containsExactly(a1, a2, a4);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_8
    @Test
    void test_ticket_10790_8() {
        assertThat(Tag.objects.filter(q("parent__isnull", true).or(q("parent", t1))).fetch()).containsExactly(t1, t2, t3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_ticket_10790_combine
    @Test
    void test_ticket_10790_combine() {
        QuerySet<Tag> q1 = Tag.objects.filter("parent__isnull", true);
        QuerySet<Tag> q2 = Tag.objects.filter("parent__isnull", false);
        assertThat(q1.or(q2).fetch()).containsExactly(t1, t2, t3, t4, t5);
        assertThat(q1.and(q2).fetch()).isEmpty();
        q2 = Tag.objects.filter("parent", t1);
        assertThat(q1.or(q2).fetch()).containsExactly(t1, t2, t3);
        assertThat(q2.or(q1).fetch()).containsExactly(t1, t2, t3);
        q2 = Tag.objects.filter("parent__parent__isnull", true);
        assertThat(q1.or(q2).fetch()).containsExactly(t1, t2, t3);
        assertThat(q2.or(q1).fetch()).containsExactly(t1, t2, t3);
    }

    // Django 6.0 tests/queries/tests.py Queries1Tests.test_combining_does_not_mutate
    @Test
    void test_combining_does_not_mutate() {
        QuerySet<Author> allAuthors = Author.objects.all();
        QuerySet<Author> withReport = Author.objects.filter(Exists.of(Report.objects.filter("creator__pk", OuterRef.of("id"))));
        QuerySet<Item> before = Item.objects.filter("creator__in", allAuthors.exclude("pk__in", withReport));
        assertThat(before.fetch()).containsExactlyInAnyOrder(i2, i3, i4);
        allAuthors.or(withReport);
        allAuthors.and(withReport);
        QuerySet<Item> after = Item.objects.filter("creator__in", allAuthors.exclude("pk__in", withReport));
        assertThat(after.fetch()).containsExactlyInAnyOrder(i2, i3, i4);
    }
}
