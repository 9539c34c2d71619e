package io.aksara.it.conformance.model_inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/model_inheritance/tests.py {@code ModelInheritanceDataTests}: multi-table
 * inheritance. A Restaurant is a Place with a table of its own for its own fields, linked to its
 * Place row by its primary key {@code placePtr}; an ItalianRestaurant is a Restaurant the same way.
 */
@OnEveryDatabase
class ModelInheritanceDataSuite extends DjangoTestCase {
    private Restaurant restaurant;
    private ItalianRestaurant italianRestaurant;

    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Chef.class, Place.class, Restaurant.class, ItalianRestaurant.class, Supplier.class,
                ParkingLot.class, Supplier_customers.class, GrandParent.class, Parent.class, Child.class, GrandChild.class);
    }

    @Override
    protected void setUpTestData() {
        restaurant = Restaurant.objects.create("name", "Demon Dogs", "address", "944 W. Fullerton",
                "servesHotDogs", true, "servesPizza", false, "rating", 2);
        Chef chef = Chef.objects.create("name", "Albert");
        italianRestaurant = ItalianRestaurant.objects.create("name", "Ristorante Miron", "address", "1234 W. Ash",
                "servesHotDogs", false, "servesPizza", false, "servesGnocchi", true, "rating", 4, "chef", chef);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_filter_inherited_model
    @Test
    void test_filter_inherited_model() {
        assertThat(ItalianRestaurant.objects.filter("address", "1234 W. Ash").fetch()).extracting(r -> r.name)
                .containsExactly("Ristorante Miron");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_update_inherited_model
    @Test
    void test_update_inherited_model() {
        italianRestaurant.address = "1234 W. Elm";
        italianRestaurant.save();
        assertThat(ItalianRestaurant.objects.filter("address", "1234 W. Elm").fetch()).extracting(r -> r.name)
                .containsExactly("Ristorante Miron");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_parent_fields_available_for_filtering_in_child_model
    @Test
    void test_parent_fields_available_for_filtering_in_child_model() {
        assertThat(Restaurant.objects.filter("name", "Demon Dogs").fetch()).extracting(r -> r.name)
                .containsExactly("Demon Dogs");
        assertThat(ItalianRestaurant.objects.filter("address", "1234 W. Ash").fetch()).extracting(r -> r.name)
                .containsExactly("Ristorante Miron");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_filter_on_parent_returns_object_of_parent_type
    @Test
    void test_filter_on_parent_returns_object_of_parent_type() {
        Place p = Place.objects.get("name", "Demon Dogs");
        assertThat(p).isExactlyInstanceOf(Place.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_parent_child_one_to_one_link
    @Test
    void test_parent_child_one_to_one_link() {
        assertThat(Place.objects.get("name", "Demon Dogs").restaurant()).isEqualTo(Restaurant.objects.get("name", "Demon Dogs"));
        assertThat(Place.objects.get("name", "Ristorante Miron").restaurant().italianrestaurant())
                .isEqualTo(ItalianRestaurant.objects.get("name", "Ristorante Miron"));
        assertThat(Restaurant.objects.get("name", "Ristorante Miron").italianrestaurant())
                .isEqualTo(ItalianRestaurant.objects.get("name", "Ristorante Miron"));
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_parent_child_one_to_one_link_on_nonrelated_objects
    @Test
    void test_parent_child_one_to_one_link_on_nonrelated_objects() {
        assertThatThrownBy(() -> Place.objects.get("name", "Demon Dogs").restaurant().italianrestaurant())
                .isInstanceOf(DoesNotExist.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_inherited_does_not_exist_exception
    @Test
    void test_inherited_does_not_exist_exception() {
        assertThatThrownBy(() -> ItalianRestaurant.objects.get("name", "The Noodle Void")).isInstanceOf(DoesNotExist.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_inherited_multiple_objects_returned_exception
    @Test
    void test_inherited_multiple_objects_returned_exception() {
        assertThatThrownBy(() -> Restaurant.objects.get()).isInstanceOf(MultipleObjectsReturned.class);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_related_objects_for_inherited_models
    @Test
    void test_related_objects_for_inherited_models() {
        Supplier s1 = Supplier.objects.create("name", "Joe's Chickens", "address", "123 Sesame St");
        s1.customers.set(List.of(restaurant, italianRestaurant));
        Supplier s2 = Supplier.objects.create("name", "Luigi's Pasta", "address", "456 Sesame St");
        s2.customers.set(List.of(italianRestaurant));

        // this won't work because the Place we select is not a Restaurant (it's a Supplier)
        Place p = Place.objects.get("name", "Joe's Chickens");
        assertThatThrownBy(p::restaurant).isInstanceOf(DoesNotExist.class);

        assertThat(p.supplier()).isEqualTo(s1);
        assertThat(Supplier.objects.filter("customers", italianRestaurant).orderBy("-name").fetch())
                .extracting(s -> s.name).containsExactly("Luigi's Pasta", "Joe's Chickens");
        assertThat(Restaurant.objects.filter("provider__name__contains", "Chickens").fetch()).extracting(r -> r.name)
                .containsExactly("Ristorante Miron", "Demon Dogs");
        assertThat(ItalianRestaurant.objects.filter("provider__name__contains", "Chickens").fetch())
                .extracting(r -> r.name).containsExactly("Ristorante Miron");

        ParkingLot.objects.create("name", "Main St", "address", "111 Main St", "mainSite", s1);
        ParkingLot.objects.create("name", "Well Lit", "address", "124 Sesame St", "mainSite", italianRestaurant);

        assertThat(Restaurant.objects.get("lot__name", "Well Lit").name).isEqualTo("Ristorante Miron");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_values_works_on_parent_model_fields
    @Test
    void test_values_works_on_parent_model_fields() {
        assertThat(ItalianRestaurant.objects.values("name", "rating").fetch())
                .containsExactly(Map.of("rating", 4, "name", "Ristorante Miron"));
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_select_related_works_on_parent_model_fields
    @Test
    void test_select_related_works_on_parent_model_fields() {
        assertThat(QueryLog.capture(() -> ItalianRestaurant.objects.all().fetch().getFirst().chef.get())).hasSize(2);
        assertThat(QueryLog.capture(() -> ItalianRestaurant.objects.selectRelated("chef").fetch().getFirst().chef.get()))
                .hasSize(1);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_update_query_counts
    @Test
    void test_update_query_counts() {
        List<String> statements = QueryLog.capture(() -> italianRestaurant.save());
        assertThat(statements).filteredOn(sql -> sql.toLowerCase(java.util.Locale.ROOT).startsWith("update")).hasSize(3);
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_filter_inherited_on_null
    @Test
    void test_filter_inherited_on_null() {
        Supplier.objects.create("name", "Central market", "address", "610 some street");
        assertThat(Place.objects.filter("supplier__isnull", false).fetch()).extracting(p -> p.name)
                .containsExactly("Central market");
        assertThat(Place.objects.filter("supplier__isnull", true).orderBy("name").fetch()).extracting(p -> p.name)
                .containsExactly("Demon Dogs", "Ristorante Miron");
    }

    // Django 6.0 tests/model_inheritance/tests.py ModelInheritanceDataTests.test_exclude_inherited_on_null
    @Test
    void test_exclude_inherited_on_null() {
        Supplier.objects.create("name", "Central market", "address", "610 some street");
        assertThat(Place.objects.exclude("supplier__isnull", false).orderBy("name").fetch()).extracting(p -> p.name)
                .containsExactly("Demon Dogs", "Ristorante Miron");
        assertThat(Place.objects.exclude("supplier__isnull", true).fetch()).extracting(p -> p.name)
                .containsExactly("Central market");
    }

    // Aksara: deleting a child deletes its parents' rows too (the parent links cascade from the root row)
    @Test
    void deletingAChildDeletesItsParentRows() {
        italianRestaurant.delete();
        assertThat(italianRestaurant.id).isNull();
        assertThat(ItalianRestaurant.objects.count()).isZero();
        assertThat(Restaurant.objects.all().fetch()).extracting(r -> r.name).containsExactly("Demon Dogs");
        assertThat(Place.objects.all().fetch()).extracting(p -> p.name).containsExactly("Demon Dogs");
    }

    // Aksara: deleting the parent row deletes the child rows linked to it
    @Test
    void deletingAParentDeletesItsChildRows() {
        Place.objects.get("name", "Ristorante Miron").delete();
        assertThat(ItalianRestaurant.objects.count()).isZero();
        assertThat(Restaurant.objects.count()).isEqualTo(1);
    }

    // Aksara: a child's rows are written in one transaction, so a child row that fails leaves no parent row
    @Test
    void savingAChildIsAtomic() {
        Restaurant broken = new Restaurant();
        broken.name = "Half Written";
        broken.chef = io.aksara.Ref.to(new Chef()); // an unsaved chef: refused when the Restaurant row is written
        assertThatThrownBy(broken::save).isInstanceOf(io.aksara.errors.AksaraException.class);
        assertThat(Place.objects.filter("name", "Half Written").exists()).isFalse();
    }

    // Aksara: a child refreshed from the database gets its parent's fields back too
    @Test
    void refreshFromDbReadsTheParentsFields() {
        Place.objects.filter("name", "Demon Dogs").update("address", "1 New Street");
        restaurant.refreshFromDb();
        assertThat(restaurant.address).isEqualTo("1 New Street");
        assertThat(restaurant.rating).isEqualTo(2);
    }

    // Aksara: the migration makes the child's table with its link as primary key and foreign key
    @Test
    void theMigrationLinksTheChildTableToItsParent() {
        var state = io.aksara.schema.state.ModelStates.table(io.aksara.meta.ModelRegistry.meta(ItalianRestaurant.class));
        assertThat(state.columns()).extracting(c -> c.name()).containsExactly("restaurant_ptr_id", "serves_gnocchi");
        assertThat(state.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.column()).isEqualTo("restaurant_ptr_id");
            assertThat(fk.referencedTable()).isEqualTo("my_restaurant");
            assertThat(fk.referencedColumn()).isEqualTo("place_ptr_id");
        });
    }

    // Aksara: QuerySet.delete() of children deletes their parents' rows too, as Django's collector does
    @Test
    void deletingChildRowsDeletesTheirParents() {
        assertThat(Restaurant.objects.filter("name", "Ristorante Miron").delete()).isEqualTo(3);
        assertThat(Place.objects.all().fetch()).extracting(p -> p.name).containsExactly("Demon Dogs");
        assertThat(ItalianRestaurant.objects.count()).isZero();
    }

    // Aksara: bulkCreate of a child is refused before any SQL, as Django refuses it
    @Test
    void bulkCreateOfAChildIsRefused() {
        Restaurant r = new Restaurant();
        r.name = "Bulk";
        assertThatThrownBy(() -> Restaurant.objects.bulkCreate(List.of(r))).isInstanceOf(io.aksara.errors.AksaraException.class)
                .hasMessageContaining("bulkCreate() of Restaurant").hasMessageContaining("Place");
        assertThat(Place.objects.count()).isEqualTo(2);
    }

    // Aksara: a parent's fields in annotate() and aggregate() of the child, and the parent filtered by its child
    @Test
    void parentFieldsInAnnotateAndAggregate() {
        assertThat(ItalianRestaurant.objects.annotate("lowerName", io.aksara.functions.Lower.of("name"))
                .values("lowerName", "servesGnocchi").fetch())
                .containsExactly(Map.of("lowerName", "ristorante miron", "servesGnocchi", true));
        assertThat(Restaurant.objects.aggregate("last", io.aksara.aggregates.Max.of("name")))
                .containsEntry("last", "Ristorante Miron");
        assertThat(Place.objects.filter("restaurant__italianrestaurant__servesGnocchi", true).fetch())
                .extracting(p -> p.name).containsExactly("Ristorante Miron");
        assertThat(Restaurant.objects.orderBy("-address").fetch()).extracting(r -> r.name)
                .containsExactly("Demon Dogs", "Ristorante Miron");
    }

    // Aksara: update() of a parent's field through the child is refused before any SQL (not supported yet)
    @Test
    void updateOfAParentFieldThroughTheChildIsRefused() {
        List<String> statements = QueryLog.capture(() -> assertThatThrownBy(
                () -> Restaurant.objects.filter("servesHotDogs", true).update("name", "Demon Puppies", "servesHotDogs", false))
                .isInstanceOf(io.aksara.errors.FieldError.class)
                .hasMessageContaining("update() of Restaurant cannot change Place.name"));
        assertThat(statements).isEmpty();
        assertThat(Restaurant.objects.filter("servesHotDogs", true).update("servesPizza", true)).isEqualTo(1);
    }
}
