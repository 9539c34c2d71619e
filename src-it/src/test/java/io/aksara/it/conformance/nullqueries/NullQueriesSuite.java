package io.aksara.it.conformance.nullqueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/null_queries/tests.py NullQueriesTests: null as a query value, and across reverse relations. */
@OnEveryDatabase
class NullQueriesSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Poll.class, Choice.class, OuterA.class, OuterB.class, Inner.class);
    }

    // Django 6.0 tests/null_queries/tests.py NullQueriesTests.test_none_as_null
    @Test
    void test_none_as_null() {
        Poll p1 = new Poll();
        p1.question = "Why?";
        p1.save();
        Choice c1 = Choice.objects.create("poll", p1, "choice", "Reason 1");
        Choice c2 = Choice.objects.create("poll", p1, "choice", "Reason 2");
        // exact with null is IS NULL, and every choice has one
        assertThat(Choice.objects.filter("choice__exact", null).fetch()).isEmpty();
        assertThat(Choice.objects.filter("choice__iexact", null).fetch()).isEmpty();
        assertThat(Choice.objects.exclude("choice", null).orderBy("id").fetch()).containsExactly(c1, c2);
        assertThatThrownBy(() -> Choice.objects.filter("foo__exact", null)).isInstanceOf(FieldError.class)
                .hasMessageContaining("foo");
        // null only with exact and iexact
        assertThatThrownBy(() -> Choice.objects.filter("id__gt", null)).isInstanceOf(FieldError.class)
                .hasMessageContaining("null");
    }

    // Django 6.0 tests/null_queries/tests.py NullQueriesTests.test_unsaved
    @Test
    void test_unsaved() {
        Poll poll = new Poll();
        poll.question = "How?";
        assertThatThrownBy(() -> poll.choiceSet().all()).isInstanceOf(AksaraException.class)
                .hasMessageContaining("must be saved");
    }

    // Django 6.0 tests/null_queries/tests.py NullQueriesTests.test_reverse_relations
    @Test
    void test_reverse_relations() {
        OuterA obj = new OuterA();
        obj.save();
        // an OuterA with no Inner at all: the missing Inner's third is NULL too
        assertThat(OuterA.objects.filter("inner__third", null).fetch()).containsExactly(obj);
        assertThat(OuterA.objects.filter("inner__third__data", null).fetch()).containsExactly(obj);
        Inner inner = Inner.objects.create("first", obj);
        assertThat(Inner.objects.filter("first__inner__third", null).fetch()).containsExactly(inner);
        // <reverse>__isnull=false does not produce faulty empty lists
        OuterB outerb = OuterB.objects.create("data", "reverse");
        assertThat(OuterB.objects.filter("inner__isnull", false).fetch()).isEmpty();
        Inner.objects.create("first", obj);
        assertThat(OuterB.objects.exclude("inner__isnull", false).fetch()).containsExactly(outerb);
    }
}
