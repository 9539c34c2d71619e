package io.aksara.it.conformance.queries;

import io.aksara.Model;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Django 6.0 tests/queries/tests.py, Queries1Tests.setUpTestData: the tags, notes, annotations,
 * extra infos, authors, items and reports most of the module's tests read. The ids of the notes
 * follow their names, so Item's Meta ordering by note ({@code "-note"}) is Django's.
 */
abstract class QueriesData extends DjangoTestCase {
    NamedCategory nc1;
    Tag t1;
    Tag t2;
    Tag t3;
    Tag t4;
    Tag t5;
    Note n1;
    Note n2;
    Note n3;
    Annotation ann1;
    Annotation ann2;
    ExtraInfo e1;
    ExtraInfo e2;
    Author a1;
    Author a2;
    Author a3;
    Author a4;
    Item i1;
    Item i2;
    Item i3;
    Item i4;
    Report r1;
    Report r2;
    Report r3;
    Ranking rank1;
    static final OffsetDateTime TIME1 = at(2007, 12, 19, 22, 25);
    static final OffsetDateTime TIME2 = at(2007, 12, 19, 21, 0);
    static final OffsetDateTime TIME3 = at(2007, 12, 20, 22, 25);
    static final OffsetDateTime TIME4 = at(2007, 12, 20, 21, 0);

    static OffsetDateTime at(int y, int m, int d, int hour, int minute) {
        return OffsetDateTime.of(y, m, d, hour, minute, 0, 0, ZoneOffset.UTC);
    }

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(NamedCategory.class, Tag.class, Note.class, Annotation.class, Annotation_notes.class,
                ExtraInfo.class, Author.class, Item.class, Item_tags.class, Report.class, Ranking.class, Number.class,
                Food.class, Eaten.class);
    }

    @Override
    protected void setUpTestData() {
        nc1 = NamedCategory.objects.create("name", "Generic");
        t1 = Tag.objects.create("name", "t1", "category", nc1);
        t2 = Tag.objects.create("name", "t2", "parent", t1, "category", nc1);
        t3 = Tag.objects.create("name", "t3", "parent", t1);
        t4 = Tag.objects.create("name", "t4", "parent", t3);
        t5 = Tag.objects.create("name", "t5", "parent", t3);

        n1 = Note.objects.create("note", "n1", "misc", "foo");
        n2 = Note.objects.create("note", "n2", "misc", "bar");
        n3 = Note.objects.create("note", "n3", "misc", "foo", "negate", false);

        ann1 = Annotation.objects.create("name", "a1", "tag", t1);
        ann1.notes.add(n1);
        ann2 = Annotation.objects.create("name", "a2", "tag", t4);
        ann2.notes.add(n2, n3);

        // made out of order, so ordering by id differs from ordering by info
        e2 = ExtraInfo.objects.create("info", "e2", "note", n2, "value", 41, "filterable", false);
        e1 = ExtraInfo.objects.create("info", "e1", "note", n1, "value", 42);

        a1 = Author.objects.create("name", "a1", "num", 1001, "extra", e1);
        a2 = Author.objects.create("name", "a2", "num", 2002, "extra", e1);
        a3 = Author.objects.create("name", "a3", "num", 3003, "extra", e2);
        a4 = Author.objects.create("name", "a4", "num", 4004, "extra", e2);

        i1 = Item.objects.create("name", "one", "created", TIME1, "modified", TIME1, "creator", a1, "note", n3);
        i1.tags.set(List.of(t1, t2));
        i2 = Item.objects.create("name", "two", "created", TIME2, "creator", a2, "note", n2);
        i2.tags.set(List.of(t1, t3));
        i3 = Item.objects.create("name", "three", "created", TIME3, "creator", a2, "note", n3);
        i4 = Item.objects.create("name", "four", "created", TIME4, "creator", a4, "note", n3);
        i4.tags.set(List.of(t4));

        r1 = Report.objects.create("name", "r1", "creator", a1);
        r2 = Report.objects.create("name", "r2", "creator", a3);
        r3 = Report.objects.create("name", "r3");

        rank1 = Ranking.objects.create("rank", 2, "author", a2);
    }
}
