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
 * Django 6.0 tests/model_inheritance/tests.py {@code ModelInheritanceTests} and
 * {@code InheritanceSameModelNameTests}: fields, Meta and relations declared once on an abstract base
 * and carried by each subclass's own table, and the multi-table cases (a subclass of a concrete
 * model, with a table of its own linked to its parent's row).
 */
@OnEveryDatabase
class ModelInheritanceSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Worker.class, Student.class, Post.class, Comment.class, Link.class, Referenced.class,
                Referent.class, io.aksara.it.conformance.model_inheritance.tests.Referent.class, Chef.class, Place.class,
                Restaurant.class, ItalianRestaurant.class, Supplier.class, Supplier_customers.class, ParkingLot.class,
                GrandParent.class, Parent.class, Child.class, GrandChild.class);
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

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_reverse_relation_for_different_hierarchy_tree
    @Test
    void test_reverse_relation_for_different_hierarchy_tree() {
        assertThat(Place.objects.filter("supplier__name", "foo").fetch()).isEmpty();
        assertThatThrownBy(() -> Restaurant.objects.filter("supplier__name", "foo").fetch()).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'supplier' on Restaurant")
                .hasMessageContaining("address").hasMessageContaining("chef").hasMessageContaining("italianrestaurant")
                .hasMessageContaining("lot").hasMessageContaining("placePtr").hasMessageContaining("provider")
                .hasMessageContaining("servesPizza")
                .satisfies(e -> assertThat(e.getMessage().substring(e.getMessage().indexOf("Choices"))).doesNotContain("supplier"));
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_meta_fields_and_ordering
    // (Aksara's metadata lists a model's own fields; the parent's are the parent's, reached through the link)
    @Test
    @org.junit.jupiter.api.Tag("django-difference")
    void test_meta_fields_and_ordering() {
        assertThat(ModelRegistry.meta(Restaurant.class).fieldNames())
                .containsExactly("placePtr", "rating", "servesHotDogs", "servesPizza", "chef");
        assertThat(ModelRegistry.meta(ItalianRestaurant.class).fieldNames()).containsExactly("restaurantPtr", "servesGnocchi");
        assertThat(ModelRegistry.meta(ItalianRestaurant.class).parentMeta().parentMeta().fieldNames())
                .containsExactly("id", "name", "address");
        assertThat(ModelRegistry.meta(Restaurant.class).ordering()).containsExactly("-rating");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_create_child_no_update
    @Test
    void test_create_child_no_update() {
        List<Runnable> creations = List.of(
                () -> GrandChild.objects.create("email", "grand_parent@example.com", "firstName", "grand", "lastName", "parent"),
                () -> { // Aksara validates on save, so the empty instance gets a valid email
                    GrandChild empty = new GrandChild();
                    empty.email = "grand_child@example.com";
                    empty.save();
                });
        for (Runnable creation : creations) {
            List<String> statements = io.aksara.QueryLog.capture(creation);
            assertThat(statements).hasSize(4).allSatisfy(sql -> assertThat(sql.toLowerCase(java.util.Locale.ROOT)).startsWith("insert"));
        }
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_eq
    @Test
    void test_eq() {
        Place place = new Place();
        place.id = 1L;
        Restaurant restaurant = new Restaurant();
        restaurant.id = 1L;
        assertThat(place).isNotEqualTo(restaurant);
        assertThat(restaurant).isNotEqualTo(place);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceTests.test_inherited_ordering_pk_desc
    @Test
    void test_inherited_ordering_pk_desc() {
        Parent p1 = Parent.objects.create("firstName", "Joe", "email", "joe@email.com");
        Parent p2 = Parent.objects.create("firstName", "Jon", "email", "jon@email.com");
        assertThat(Parent.objects.all().fetch()).containsExactly(p2, p1);
        assertThat(Parent.objects.all().sql().toLowerCase(java.util.Locale.ROOT))
                .containsPattern("order by \\W?model_inheritance_parent\\W?\\.\\W?grandparent_ptr_id\\W? desc");
    }
}
