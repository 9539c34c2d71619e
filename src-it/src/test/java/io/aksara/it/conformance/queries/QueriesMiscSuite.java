package io.aksara.it.conformance.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.Q;
import io.aksara.QueryLog;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/queries/tests.py, the smaller classes: Queries5Tests, Queries6Tests,
 * DisjunctiveFilterTests, ComparisonTests, ExistsSql, QuerysetOrderedTests and SubqueryTests.
 * Each test makes the rows its Django class's {@code setUpTestData} makes.
 */
@OnEveryDatabase
class QueriesMiscSuite extends DjangoTestCase {
    static final OffsetDateTime NOW = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(NamedCategory.class, Tag.class, Note.class, Annotation.class, Annotation_notes.class,
                ExtraInfo.class, Author.class, Item.class, Item_tags.class, Ranking.class, Article.class, LeafA.class,
                LeafB.class, Join.class);
    }

    static Q q(String lookup, Object value, Object... more) {
        return Q.of(lookup, value, more);
    }

    /** Queries5Tests.setUpTestData: ordering by rank gives rank1, rank2, rank3; by author name rank3, rank2, rank1. */
    record Rankings(Note n1, Note n2, Ranking rank1, Ranking rank2, Ranking rank3) {}

    static Rankings rankings() {
        Note n1 = Note.objects.create("note", "n1", "misc", "foo");
        Note n2 = Note.objects.create("note", "n2", "misc", "bar");
        ExtraInfo e1 = ExtraInfo.objects.create("info", "e1", "note", n1);
        ExtraInfo e2 = ExtraInfo.objects.create("info", "e2", "note", n2);
        Author a1 = Author.objects.create("name", "a1", "num", 1001, "extra", e1);
        Author a2 = Author.objects.create("name", "a2", "num", 2002, "extra", e1);
        Author a3 = Author.objects.create("name", "a3", "num", 3003, "extra", e2);
        Ranking rank2 = Ranking.objects.create("rank", 2, "author", a2);
        Ranking rank1 = Ranking.objects.create("rank", 1, "author", a3);
        Ranking rank3 = Ranking.objects.create("rank", 3, "author", a1);
        return new Rankings(n1, n2, rank1, rank2, rank3);
    }

    // Django 6.0 tests/queries/tests.py Queries5Tests.test_ordering (the orderBy part)
    @Test
    void queries5_test_ordering() {
        Rankings r = rankings();
        assertThat(Ranking.objects.orderBy("rank").fetch()).containsExactly(r.rank1(), r.rank2(), r.rank3());
        assertThat(Ranking.objects.orderBy("author__name").fetch()).containsExactly(r.rank3(), r.rank2(), r.rank1());
    }

    // Django 6.0 tests/queries/tests.py Queries5Tests.test_ticket9848
    @Test
    void queries5_test_ticket9848() {
        Rankings r = rankings();
        Author authorStart = Author.objects.get("name", "a1");
        Ranking rankingStart = Ranking.objects.get("author__name", "a1");
        assertThat(Ranking.objects.filter("author__name", "a1").fetch()).containsExactly(r.rank3());
        assertThat(Ranking.objects.filter("author__name", "a1").update("rank", 4636)).isEqualTo(1);
        Ranking changed = Ranking.objects.get("author__name", "a1");
        assertThat(changed.id).isEqualTo(rankingStart.id);
        assertThat(changed.author.id()).isEqualTo(authorStart.id);
        assertThat(changed.rank).isEqualTo(4636);
        changed.rank = 3;
        changed.save();
        assertThat(Ranking.objects.orderBy("author__name").fetch()).containsExactly(r.rank3(), r.rank2(), r.rank1());
    }

    // Django 6.0 tests/queries/tests.py Queries5Tests.test_ticket5261 (without the XOR case)
    @Test
    void queries5_test_ticket5261() {
        Rankings r = rankings();
        assertThat(Note.objects.exclude(Q.empty()).fetch()).containsExactly(r.n1(), r.n2());
        assertThat(Note.objects.filter(Q.empty().not()).fetch()).containsExactly(r.n1(), r.n2());
        assertThat(Note.objects.filter(Q.empty().not().or(Q.empty().not())).fetch()).containsExactly(r.n1(), r.n2());
        assertThat(Note.objects.exclude(Q.empty().not().and(Q.empty().not())).fetch()).containsExactly(r.n1(), r.n2());
    }

    // Django 6.0 tests/queries/tests.py Queries5Tests.test_queryset_reuse
    @Test
    void queries5_test_queryset_reuse() {
        Rankings r = rankings();
        var authors = Author.objects.filter(q("name", "a1").or(q("name", "nonexistent")));
        assertThat(Ranking.objects.filter("author__in", authors).get()).isEqualTo(r.rank3());
        assertThat(authors.count()).isEqualTo(1);
    }

    /** Queries6Tests.setUpTestData. */
    record Tags(Tag t1, Tag t2, Tag t3, Tag t4, Tag t5, Annotation ann1, Annotation ann2) {}

    static Tags tags() {
        NamedCategory generic = NamedCategory.objects.create("name", "Generic");
        Tag t1 = Tag.objects.create("name", "t1", "category", generic);
        Tag t2 = Tag.objects.create("name", "t2", "parent", t1, "category", generic);
        Tag t3 = Tag.objects.create("name", "t3", "parent", t1);
        Tag t4 = Tag.objects.create("name", "t4", "parent", t3);
        Tag t5 = Tag.objects.create("name", "t5", "parent", t3);
        Note n1 = Note.objects.create("note", "n1", "misc", "foo");
        Annotation ann1 = Annotation.objects.create("name", "a1", "tag", t1);
        ann1.notes.add(n1);
        Annotation ann2 = Annotation.objects.create("name", "a2", "tag", t4);
        return new Tags(t1, t2, t3, t4, t5, ann1, ann2);
    }

    // Django 6.0 tests/queries/tests.py Queries6Tests.test_tickets_8921_9188 (without PointerA/PointerB)
    @Test
    void queries6_test_tickets_8921_9188() {
        Tags t = tags();
        assertThat(Tag.objects.exclude("children", null).fetch()).containsExactly(t.t1(), t.t3());
        // the parent may be NULL: t1 must stay
        assertThat(Tag.objects.exclude("parent__annotation__name", "a1").fetch()).containsExactly(t.t1(), t.t4(), t.t5());
        assertThat(Annotation.objects.exclude("tag__children__name", "t2").fetch()).containsExactly(t.ann2());
        assertThat(Annotation.objects.filter("notes__in", Note.objects.filter("note", "n1")).fetch())
                .containsExactly(t.ann1());
    }

    // Django 6.0 tests/queries/tests.py Queries6Tests.test_distinct_ordered_sliced_subquery_aggregation
    @Test
    void queries6_test_distinct_ordered_sliced_subquery_aggregation() {
        tags();
        assertThat(Tag.objects.distinct().orderBy("category__name").slice(0, 3).count()).isEqualTo(3);
    }

    // Django 6.0 tests/queries/tests.py Queries6Tests.test_multiple_columns_with_the_same_name_slice
    @Test
    void queries6_test_multiple_columns_with_the_same_name_slice() {
        Tags t = tags();
        assertThat(Tag.objects.orderBy("name").valuesList("name", "category__name").slice(0, 2).fetch())
                .containsExactly(List.of("t1", "Generic"), List.of("t2", "Generic"));
        assertThat(Tag.objects.orderBy("name").selectRelated("category").slice(0, 2).fetch()).containsExactly(t.t1(), t.t2());
        assertThat(Tag.objects.orderBy("-name").valuesList("name", "parent__name").slice(0, 2).fetch())
                .containsExactly(List.of("t5", "t3"), List.of("t4", "t3"));
        assertThat(Tag.objects.orderBy("-name").selectRelated("parent").slice(0, 2).fetch()).containsExactly(t.t5(), t.t4());
    }

    // Django 6.0 tests/queries/tests.py Queries6Tests.test_col_alias_quoted
    @Test
    void queries6_test_col_alias_quoted() {
        tags();
        assertThat(Tag.objects.all().values("parent").annotate(Count.of("pk").as("tag_per_parent"))
                .aggregate(Max.of("tag_per_parent").as("tag_per_parent__max")))
                .isEqualTo(Map.of("tag_per_parent__max", 2L));
    }

    // Django 6.0 tests/queries/tests.py DisjunctiveFilterTests.test_ticket7872
    @Test
    void disjunctive_test_ticket7872() {
        LeafA l1 = LeafA.objects.create("data", "first");
        assertThat(LeafA.objects.all().fetch()).containsExactly(l1);
        assertThat(LeafA.objects.filter(q("data", "first").or(q("join__b__data", "second"))).fetch()).containsExactly(l1);
    }

    // Django 6.0 tests/queries/tests.py DisjunctiveFilterTests.test_ticket8283
    @Test
    void disjunctive_test_ticket8283() {
        Note n1 = Note.objects.create("note", "n1", "misc", "foo");
        ExtraInfo e1 = ExtraInfo.objects.create("info", "e1", "note", n1);
        assertThat(ExtraInfo.objects.filter("note", n1).or(ExtraInfo.objects.filter("info", "e2")).filter("note", n1)
                .fetch()).containsExactly(e1);
        assertThat(ExtraInfo.objects.filter("info", "e2").or(ExtraInfo.objects.filter("note", n1)).filter("note", n1)
                .fetch()).containsExactly(e1);
    }

    // Django 6.0 tests/queries/tests.py ComparisonTests.test_ticket8597
    @Test
    void comparison_test_ticket8597() {
        Note n1 = Note.objects.create("note", "n1", "misc", "foo");
        ExtraInfo e1 = ExtraInfo.objects.create("info", "e1", "note", n1);
        Author a2 = Author.objects.create("name", "a2", "num", 2002, "extra", e1);
        Item itemAb = Item.objects.create("name", "a_b", "created", NOW, "creator", a2, "note", n1);
        Item itemXy = Item.objects.create("name", "x%y", "created", NOW, "creator", a2, "note", n1);
        assertThat(Item.objects.filter("name__iexact", "A_b").fetch()).containsExactly(itemAb);
        assertThat(Item.objects.filter("name__iexact", "x%Y").fetch()).containsExactly(itemXy);
        assertThat(Item.objects.filter("name__istartswith", "A_b").fetch()).containsExactly(itemAb);
        assertThat(Item.objects.filter("name__iendswith", "A_b").fetch()).containsExactly(itemAb);
    }

    // Django 6.0 tests/queries/tests.py ExistsSql.test_exists
    @Test
    void exists_test_exists() {
        List<String> statements = QueryLog.capture(() -> assertThat(Tag.objects.exists()).isFalse());
        assertThat(statements).hasSize(1);
    }

    // Django 6.0 tests/queries/tests.py ExistsSql.test_ticket_18414
    @Test
    void exists_test_ticket_18414() {
        Article.objects.create("name", "one", "created", NOW);
        Article.objects.create("name", "one", "created", NOW);
        Article.objects.create("name", "two", "created", NOW);
        assertThat(Article.objects.exists()).isTrue();
        assertThat(Article.objects.distinct().exists()).isTrue();
        assertThat(Article.objects.distinct().slice(1, 3).exists()).isTrue();
        assertThat(Article.objects.distinct().slice(1, 1).exists()).isFalse();
    }

    // Django 6.0 tests/queries/tests.py QuerysetOrderedTests (every test but test_order_by_extra and
    // test_annotated_default_ordering)
    @Test
    void ordered_queryset_ordered() {
        assertThat(Annotation.objects.all().isOrdered()).isFalse();
        assertThat(Tag.objects.all().isOrdered()).isTrue();
        assertThat(Tag.objects.orderBy().isOrdered()).isFalse();
        assertThat(Annotation.objects.orderBy("id").isOrdered()).isTrue();
        assertThat(Annotation.objects.none().isOrdered()).isTrue();
        var annotated = Annotation.objects.annotate(Count.of("notes").as("num_notes"));
        assertThat(annotated.isOrdered()).isFalse();
        assertThat(annotated.orderBy("num_notes").isOrdered()).isTrue();
        assertThat(Tag.objects.annotate(Count.of("pk").as("num_notes")).orderBy("name").isOrdered()).isTrue();
    }

    // Django 6.0 tests/queries/tests.py QuerysetOrderedTests.test_annotated_default_ordering
    @Test
    @org.junit.jupiter.api.Tag("django-difference") // spelled out: this app has a model named Tag
    void ordered_test_annotated_default_ordering() {
        // docs/querying.md: "An aggregated QuerySet keeps the model's Meta ordering (Django leaves it out of GROUP BY
        // queries)". Django: False.
        var grouped = Tag.objects.annotate(Count.of("pk").as("num_notes"));
        assertThat(grouped.isOrdered()).isTrue();
        assertThat(grouped.orderBy("name").isOrdered()).isTrue();
    }

    /** SubqueryTests.setUpTestData: four categories, in key order first, second, third, fourth. */
    static List<NamedCategory> categories() {
        return List.of(NamedCategory.objects.create("name", "first"), NamedCategory.objects.create("name", "second"),
                NamedCategory.objects.create("name", "third"), NamedCategory.objects.create("name", "fourth"));
    }

    static Set<Long> ids(List<NamedCategory> rows) {
        return Set.copyOf(rows.stream().map(c -> c.id).toList());
    }

    // Django 6.0 tests/queries/tests.py SubqueryTests.test_ordered_subselect
    @Test
    void subquery_test_ordered_subselect() {
        List<NamedCategory> c = categories();
        var all = NamedCategory.objects;
        assertThat(ids(all.filter("id__in", all.orderBy("-id").slice(0, 2)).fetch())).isEqualTo(ids(c.subList(2, 4)));
        assertThat(ids(all.filter("id__in", all.orderBy("-id").slice(1, 2)).fetch())).isEqualTo(ids(c.subList(2, 3)));
        assertThat(ids(all.filter("id__in", all.orderBy("-id").offset(2)).fetch())).isEqualTo(ids(c.subList(0, 2)));
    }

    // Django 6.0 tests/queries/tests.py SubqueryTests.test_slice_subquery_and_query
    @Test
    void subquery_test_slice_subquery_and_query() {
        List<NamedCategory> c = categories();
        var all = NamedCategory.objects;
        assertThat(all.filter("id__in", all.orderBy("-id").slice(0, 2)).orderBy("id").slice(0, 2).fetch())
                .containsExactly(c.get(2), c.get(3));
        assertThat(all.filter("id__in", all.orderBy("-id").slice(1, 3)).orderBy("id").slice(1, 3).fetch())
                .containsExactly(c.get(2));
        assertThat(all.filter("id__in", all.orderBy("-id").offset(2)).orderBy("id").offset(1).fetch())
                .containsExactly(c.get(1));
    }

    // Django 6.0 tests/queries/tests.py SubqueryTests.test_sliced_delete
    @Test
    void subquery_test_sliced_delete() {
        List<NamedCategory> c = categories();
        var all = NamedCategory.objects;
        all.filter("id__in", all.orderBy("-id").slice(0, 1)).delete();
        assertThat(ids(all.all().fetch())).isEqualTo(ids(c.subList(0, 3)));
        all.filter("id__in", all.orderBy("-id").slice(1, 2)).delete();
        assertThat(ids(all.all().fetch())).isEqualTo(ids(List.of(c.get(0), c.get(2))));
        all.filter("id__in", all.orderBy("-id").offset(1)).delete();
        assertThat(ids(all.all().fetch())).isEqualTo(ids(List.of(c.get(2))));
    }

    // Django 6.0 tests/queries/tests.py SubqueryTests.test_distinct_ordered_sliced_subquery (the first two cases)
    @Test
    void subquery_test_distinct_ordered_sliced_subquery() {
        categories();
        var all = NamedCategory.objects;
        assertThat(all.filter("id__in", all.distinct().orderBy("name").slice(0, 2)).orderBy("name")
                .valuesList("name", String.class).fetch()).containsExactly("first", "fourth");
        assertThat(all.filter("id__in", all.distinct().orderBy("-name").slice(0, 2)).orderBy("name")
                .valuesList("name", String.class).fetch()).containsExactly("second", "third");
    }
}
