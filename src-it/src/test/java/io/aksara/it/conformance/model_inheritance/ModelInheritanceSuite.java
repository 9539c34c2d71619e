package io.aksara.it.conformance.model_inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.meta.ModelRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/model_inheritance/tests.py, the abstract-base cases of
 * {@code ModelInheritanceTests} and {@code InheritanceSameModelNameTests}: fields, Meta and
 * relations declared once on an abstract base and carried by each subclass's own table.
 */
@OnEveryDatabase
class ModelInheritanceSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Worker.class, Student.class, Post.class, Comment.class, Link.class, Referenced.class,
                Referent.class, io.aksara.it.conformance.model_inheritance.tests.Referent.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_abstract
    @Test
    void test_abstract() {
        Worker w1 = Worker.objects.create("name", "Fred", "age", 35, "job", "Quarry worker");
        Worker.objects.create("name", "Barney", "age", 34, "job", "Quarry worker");
        Student s = Student.objects.create("name", "Pebbles", "age", 5, "schoolClass", "1B");

        assertThat(w1.toString()).isEqualTo("Worker Fred");
        assertThat(s.toString()).isEqualTo("Student Pebbles");

        // the children inherit the Meta of their parents (if they don't specify their own)
        assertThat(Worker.objects.values("name").fetch()).containsExactly(Map.of("name", "Barney"), Map.of("name", "Fred"));

        // Student sets its own ordering, which overrides CommonInfo's
        assertThat(ModelRegistry.meta(Student.class).ordering()).isEmpty();
        // the CommonInfo class cannot be used as a normal model (it doesn't exist as a model)
        assertThatThrownBy(() -> Manager.of(CommonInfo.class).all().fetch()).isInstanceOf(AksaraException.class)
                .hasMessageContaining("CommonInfo is an abstract base model");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_model_with_distinct_accessors
    @Test
    void test_model_with_distinct_accessors() {
        Post post = Post.objects.create("title", "Lorem Ipsum");
        post.attachedCommentSet().create("content", "Save $ on V1agr@", "isSpam", true);
        post.attachedLinkSet().create("content", "The web framework for perfections with deadlines.",
                "url", "http://www.djangoproject.com/");

        assertThat(post.attachedCommentSet().all().fetch()).extracting(c -> c.content).containsExactly("Save $ on V1agr@");
        assertThat(post.attachedLinkSet().all().fetch()).extracting(l -> l.url).containsExactly("http://www.djangoproject.com/");
        // the placeholder itself names no relation
        assertThatThrownBy(() -> Post.objects.filter("attached_%(class)s_set__content", "x").fetch())
                .isInstanceOf(FieldError.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_model_with_distinct_related_query_name
    @Test
    void test_model_with_distinct_related_query_name() {
        assertThat(Post.objects.filter("attached_model_inheritance_comments__isSpam", true).fetch()).isEmpty();

        // the Post model doesn't have a related query name based on the accessor (attached_comment_set)
        assertThatThrownBy(() -> Post.objects.filter("attached_comment_set__isSpam", true).fetch())
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve")
                .hasMessageContaining("attached_comment_set");
    }

    // Django 6.0 tests/model_inheritance/tests.py InheritanceSameModelNameTests.test_abstract_fk_related_name
    // (the second Referent shares the simple name, so it is written with its package)
    @Test
    void test_abstract_fk_related_name() {
        Referenced both = new Referenced();
        both.save();
        Referenced localOnly = new Referenced();
        localOnly.save();
        Referent.objects.create("reference", both);
        Referent.objects.create("reference", localOnly);
        io.aksara.it.conformance.model_inheritance.tests.Referent.objects.create("reference", both);

        assertThatThrownBy(() -> Referenced.objects.filter("%(app_label)s_%(class)s_references__isnull", false).fetch())
                .isInstanceOf(FieldError.class);
        assertThat(Referenced.objects.filter("model_inheritance_referent_references__isnull", false).orderBy("pk").fetch())
                .extracting(Model::pk).containsExactly(both.pk(), localOnly.pk());
        assertThat(Referenced.objects.filter("tests_referent_references__isnull", false).fetch())
                .extracting(Model::pk).containsExactly(both.pk());
    }
}
