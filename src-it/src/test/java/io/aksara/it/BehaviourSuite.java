package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.F;
import io.aksara.Q;
import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.ForeignKeyViolation;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.errors.UniqueViolation;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Category;
import io.aksara.it.models.Everything;
import io.aksara.it.models.Product;
import io.aksara.it.models.Product_;
import io.aksara.it.models.Ticket;
import io.aksara.it.models.User;
import io.aksara.it.models.User_;
import io.aksara.jooq.vendor.Feature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The behaviour a user relies on, run unchanged on every database: once per database (@OnEveryDatabase).
 * Every expected value is worked out by hand from the rows each test creates.
 */
@OnEveryDatabase
class BehaviourSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(config, Category.class, Product.class, User.class, Everything.class, Ticket.class);
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return; // the database was not available: the suite was skipped or failed in setup
        }
        schema.drop();
        Aksara.close();
    }

    // ------------------------------------------------------------------ saveWith: expressions in a save

    @Test
    void saveWithComputesFieldsFromTheRowInOneUpdateAndReadsThemBack() {
        Category c = Category.objects.create("name", "C");
        Product p = Product.objects.create("name", "Pen", "price", 2, "category", c, "rating", 3);
        Product.objects.filter("pk", p.id).update("rating", 10); // another writer, after p was read
        p.name = "Fountain pen";
        List<String> sql = QueryLog.capture(() -> p.saveWith("rating", F.of("rating").plus(1)));
        assertThat(sql.stream().filter(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("update"))).hasSize(1);
        assertThat(p.rating).as("read back: 10 + 1, not 3 + 1").isEqualTo(11);
        Product again = Product.objects.get("pk", p.id);
        assertThat(again.rating).isEqualTo(11);
        assertThat(again.name).isEqualTo("Fountain pen"); // the other fields are written from the instance
        // an unsaved instance has no row to compute from: refused before any SQL
        Product draft = Product.objects.build("name", "Draft", "price", 1, "category", c);
        assertThat(QueryLog.capture(() -> assertThatThrownBy(() -> draft.saveWith("rating", F.of("rating").plus(1)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("save() it first"))).isEmpty();
        assertThatThrownBy(() -> p.saveWith("nope", F.of("rating"))).isInstanceOf(FieldError.class);
    }

    // ------------------------------------------------------------------ the seed's Quick Start

    @Test
    void quickStartEndToEnd() {
        Category electronics = Category.objects.create("name", "Electronics");
        Product laptop = Product.objects.create("name", "Laptop", "price", 999.99, "category", electronics);
        Product.objects.create("name", "Mouse", "price", 25, "category", electronics);

        assertThat(electronics.id).isNotNull();
        assertThat(laptop.id).isNotNull();
        assertThat(laptop.price).isEqualByComparingTo("999.99");
        assertThat(laptop.inStock).isTrue();
        assertThat(laptop.createdAt).isNotNull();

        assertThat(names(Product.objects.all().orderBy("name").fetch())).containsExactly("Laptop", "Mouse");
        assertThat(names(Product.objects.filter("price__lt", 100).fetch())).containsExactly("Mouse");
        assertThat(names(Product.objects.filter(Product_.price.lt(100)).fetch())).containsExactly("Mouse");
        assertThat(names(electronics.products().all().orderBy("name").fetch())).containsExactly("Laptop", "Mouse");
        assertThat(Product.objects.get("name", "Laptop").category.get().name).isEqualTo("Electronics");

        laptop.price = new BigDecimal("899.99");
        laptop.save();
        assertThat(Product.objects.get("pk", laptop.id).price).isEqualByComparingTo("899.99");

        Product.objects.filter("name", "Mouse").update("inStock", false);
        assertThat(Product.objects.filter("category", electronics).update("inStock", true)).isEqualTo(2);
        assertThat(Product.objects.filter("inStock", true).count()).isEqualTo(2);

        assertThat(laptop.delete()).isEqualTo(1);
        assertThat(names(Product.objects.all().fetch())).containsExactly("Mouse");
    }

    @Test
    void deletingACategoryCascadesToItsProducts() {
        Category books = Category.objects.create("name", "Books");
        Category toys = Category.objects.create("name", "Toys");
        Product.objects.create("name", "Novel", "price", 10, "category", books);
        Product.objects.create("name", "Atlas", "price", 30, "category", books);
        Product.objects.create("name", "Kite", "price", 15, "category", toys);

        books.delete();

        assertThat(names(Product.objects.orderBy("name").fetch())).containsExactly("Kite");
    }

    // ------------------------------------------------------------------ values round-trip

    @Test
    void everyFieldTypeRoundTripsExactly() {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 14, 15, 9, 26, 535_897_000, ZoneOffset.ofHours(7));
        UUID token = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        Everything e = Everything.objects.create("label", "Grüße 你好", "body", "x".repeat(5000), "email", "a@b.io",
                "count", -42, "big", 9_007_199_254_740_993L, "flag", true, "ratio", 0.1,
                "amount", new BigDecimal("12345678.1234"), "at", at, "day", LocalDate.of(1999, 12, 31),
                "time", LocalTime.of(23, 59, 58, 123_456_000), "token", token);

        Everything back = Everything.objects.get("pk", e.id);
        assertThat(back.label).isEqualTo("Grüße 你好");
        assertThat(back.body).hasSize(5000);
        assertThat(back.email).isEqualTo("a@b.io");
        assertThat(back.count).isEqualTo(-42);
        assertThat(back.big).isEqualTo(9_007_199_254_740_993L);
        assertThat(back.flag).isTrue();
        assertThat(back.ratio).isEqualTo(0.1);
        assertThat(back.amount).isEqualByComparingTo("12345678.1234");
        assertThat(back.at).isEqualTo(at.withOffsetSameInstant(ZoneOffset.UTC)); // same instant, read in UTC
        assertThat(back.day).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(back.time).isEqualTo(LocalTime.of(23, 59, 58, 123_456_000));
        assertThat(back.token).isEqualTo(token);
    }

    @Test
    void nullsRoundTrip() {
        Everything e = new Everything();
        e.save();
        Everything back = Everything.objects.get("pk", e.id);
        assertThat(List.of(Optional.ofNullable(back.label), Optional.ofNullable(back.count), Optional.ofNullable(back.at),
                Optional.ofNullable(back.token), Optional.ofNullable(back.amount), Optional.ofNullable(back.flag)))
                .allMatch(Optional::isEmpty);
    }

    @Test
    void uuidPrimaryKeyIsGeneratedOnInsert() {
        Ticket t = Ticket.objects.create("title", "Printer on fire");
        assertThat(t.code).isNotNull();
        assertThat(t.id).isNull(); // the implicit id is not used by a model with its own key
        assertThat(Ticket.objects.get("pk", t.code).title).isEqualTo("Printer on fire");
        t.title = "Printer fixed";
        t.save();
        assertThat(Ticket.objects.count()).isEqualTo(1);
        assertThat(Ticket.objects.get("code", t.code.toString()).title).isEqualTo("Printer fixed");
    }

    @Test
    void saveWithAnExplicitKeyUpdatesOrInserts() {
        Category c = Category.objects.create("name", "Garden");
        Category same = new Category();
        same.id = c.id;
        same.name = "Garden & Patio";
        same.save(); // a row with that key exists: UPDATE
        assertThat(Category.objects.count()).isEqualTo(1);
        assertThat(Category.objects.get("pk", c.id).name).isEqualTo("Garden & Patio");
    }

    @Test
    void autoNowChangesOnEverySaveAndAutoNowAddDoesNot() throws InterruptedException {
        Category c = Category.objects.create("name", "Clocks");
        Product p = Product.objects.create("name", "Cuckoo", "price", 80, "category", c);
        OffsetDateTime created = p.createdAt;
        OffsetDateTime firstUpdate = p.updatedAt;
        Thread.sleep(5);
        p.save();
        p.refreshFromDb();
        assertThat(p.createdAt).isEqualTo(created);
        assertThat(p.updatedAt).isAfter(firstUpdate);
    }

    @Test
    void refreshFromDbReloadsEveryField() {
        User u = User.objects.create("email", "ann@example.com", "name", "Ann", "age", 30);
        User.objects.filter("pk", u.id).update("name", "Annie", "age", 31);
        assertThat(u.name).isEqualTo("Ann"); // update() does not touch instances in memory
        u.refreshFromDb();
        assertThat(u.name).isEqualTo("Annie");
        assertThat(u.age).isEqualTo(31);
    }

    @Test
    void forwardForeignKeyGivesTheIdWithoutQueryAndLoadsOnce() {
        Category c = Category.objects.create("name", "Audio");
        Product.objects.create("name", "Speaker", "price", 50, "category", c);
        Product p = Product.objects.get("name", "Speaker");
        assertThat(p.category.id()).isEqualTo(c.id);
        assertThat(p.category.isLoaded()).isFalse();
        assertThat(p.category.get().name).isEqualTo("Audio");
        assertThat(p.category.isLoaded()).isTrue();
        assertThat(p.category.get()).isSameAs(p.category.get());
        assertThat(Product.objects.filter("category_id", c.id).count()).isEqualTo(1);
        assertThat(Product.objects.filter("category__id", c.id).count()).isEqualTo(1);
        assertThat(Product.objects.filter(Product_.category.eq(c)).count()).isEqualTo(1);
        p.category = Ref.toId(Category.class, c.id);
        p.save();
    }

    // ------------------------------------------------------------------ lookups

    @Test
    void comparisonLookups() {
        seedUsers();
        assertThat(userNames(User.objects.filter("age__gt", 30))).containsExactly("Carl", "Dora");
        assertThat(userNames(User.objects.filter("age__gte", 30))).containsExactly("Bob", "Carl", "Dora");
        assertThat(userNames(User.objects.filter("age__lt", 30))).containsExactly("Ann", "john smith");
        assertThat(userNames(User.objects.filter("age__lte", 17))).containsExactly("john smith");
        assertThat(userNames(User.objects.filter("age__range", List.of(18, 30)))).containsExactly("Ann", "Bob");
        assertThat(userNames(User.objects.filter(User_.age.range(18, 30)))).containsExactly("Ann", "Bob");
    }

    @Test
    void textLookupsAndCase() {
        seedUsers();
        assertThat(userNames(User.objects.filter("name", "Ann"))).containsExactly("Ann");
        assertThat(userNames(User.objects.filter("name", "ann"))).isEmpty(); // exact is case-sensitive everywhere
        assertThat(userNames(User.objects.filter("name__iexact", "ANN"))).containsExactly("Ann");
        assertThat(userNames(User.objects.filter("name__contains", "o"))).containsExactly("Bob", "Dora", "john smith");
        assertThat(userNames(User.objects.filter("name__icontains", "JOHN"))).containsExactly("john smith");
        assertThat(userNames(User.objects.filter("name__startswith", "D"))).containsExactly("Dora");
        assertThat(userNames(User.objects.filter("name__istartswith", "j"))).containsExactly("john smith");
        assertThat(userNames(User.objects.filter("name__endswith", "l"))).containsExactly("Carl");
        assertThat(userNames(User.objects.filter("name__iendswith", "SMITH"))).containsExactly("john smith");
        assertThat(userNames(User.objects.filter(User_.name.icontains("ar")))).containsExactly("Carl");
    }

    @Test
    void caseInsensitiveLookupsHandleNonAscii() {
        User.objects.create("email", "e1@example.com", "name", "ÉLODIE Ärger", "age", 40);
        assertThat(User.objects.filter("name__icontains", "élodie ä").count()).isEqualTo(1);
        assertThat(User.objects.filter("name__iexact", "élodie ärger").count()).isEqualTo(1);
    }

    @Test
    void patternCharactersMatchLiterally() {
        User.objects.create("email", "p1@example.com", "name", "100% pure", "age", 20);
        User.objects.create("email", "p2@example.com", "name", "100 apples", "age", 20);
        User.objects.create("email", "p3@example.com", "name", "snake_case", "age", 20);
        User.objects.create("email", "p4@example.com", "name", "snakeXcase", "age", 20);
        User.objects.create("email", "p5@example.com", "name", "back\\slash!", "age", 20);
        assertThat(userNames(User.objects.filter("name__contains", "0%"))).containsExactly("100% pure");
        assertThat(userNames(User.objects.filter("name__contains", "e_c"))).containsExactly("snake_case");
        assertThat(userNames(User.objects.filter("name__icontains", "K\\S"))).containsExactly("back\\slash!");
        assertThat(userNames(User.objects.filter("name__endswith", "h!"))).containsExactly("back\\slash!");
    }

    @Test
    void inLookupWithValuesAndEmptyList() {
        seedUsers();
        assertThat(userNames(User.objects.filter("age__in", List.of(25, 35, 99)))).containsExactly("Ann", "Carl");
        assertThat(userNames(User.objects.filter(User_.name.in("Bob", "Dora")))).containsExactly("Bob", "Dora");
        assertThat(User.objects.filter("age__in", List.of()).count()).isZero();
        assertThat(User.objects.exclude("age__in", List.of()).count()).isEqualTo(5);
    }

    @Test
    void isNullAndExcludeKeepNullsAsDjangoDoes() {
        Category c = Category.objects.create("name", "Games");
        Product.objects.create("name", "Chess", "price", 20, "category", c, "rating", 5);
        Product.objects.create("name", "Go", "price", 25, "category", c, "rating", 2);
        Product.objects.create("name", "Dice", "price", 3, "category", c);
        assertThat(productNames(Product.objects.filter("rating__isnull", true))).containsExactly("Dice");
        assertThat(productNames(Product.objects.filter("rating", null))).containsExactly("Dice");
        assertThat(productNames(Product.objects.filter("rating__isnull", false))).containsExactly("Chess", "Go");
        // NOT (rating < 3) keeps the NULL rating, as Django's exclude does
        assertThat(productNames(Product.objects.exclude("rating__lt", 3))).containsExactly("Chess", "Dice");
    }

    @Test
    void qObjectsCombine() {
        seedUsers();
        assertThat(userNames(User.objects.filter(Q.of("age__gte", 18).or(Q.of("name__icontains", "john")))))
                .containsExactly("Ann", "Bob", "Carl", "Dora", "john smith");
        assertThat(userNames(User.objects.filter(Q.of("age__gte", 18).or(Q.of("name__icontains", "john")).not())))
                .isEmpty();
        assertThat(userNames(User.objects.filter(Q.of("age__gte", 30).and(Q.of("name__startswith", "C")).not())))
                .containsExactly("Ann", "Bob", "Dora", "john smith");
        assertThat(userNames(User.objects.filter(Q.empty()))).hasSize(5);
        assertThat(userNames(User.objects.filter("isActive", true, "age__gte", 18))).containsExactly("Ann", "Bob", "Carl");
        assertThat(userNames(User.objects.exclude("status", "deleted"))).containsExactly("Ann", "Bob", "Carl", "john smith");
    }

    // ------------------------------------------------------------------ ordering, slicing, terminals

    @Test
    void orderingSlicingFirstLast() {
        seedUsers();
        assertThat(names(User.objects.orderBy("-age").fetch(), u -> u.name))
                .containsExactly("Dora", "Carl", "Bob", "Ann", "john smith");
        assertThat(names(User.objects.orderBy("isActive", "-age").fetch(), u -> u.name))
                .containsExactly("Dora", "Carl", "Bob", "Ann", "john smith");
        assertThat(names(User.objects.orderBy("age").slice(1, 3).fetch(), u -> u.name)).containsExactly("Ann", "Bob");
        assertThat(names(User.objects.orderBy("age").offset(3).fetch(), u -> u.name)).containsExactly("Carl", "Dora");
        assertThat(names(User.objects.orderBy("age").limit(2).fetch(), u -> u.name)).containsExactly("john smith", "Ann");
        assertThat(User.objects.orderBy("age").slice(1, 3).count()).isEqualTo(2);
        assertThat(User.objects.orderBy("age").offset(4).exists()).isTrue();
        assertThat(User.objects.orderBy("age").offset(5).exists()).isFalse();
        assertThat(User.objects.orderBy("age").first().map(u -> u.name)).contains("john smith");
        assertThat(User.objects.orderBy("age").last().map(u -> u.name)).contains("Dora");
        assertThat(User.objects.filter("age__gt", 100).first()).isEmpty();
        assertThat(Category.objects.count()).isZero();
    }

    @Test
    void metaOrderingIsTheDefault() {
        Category.objects.create("name", "Zebra");
        Category.objects.create("name", "Apple");
        Category.objects.create("name", "Mango");
        assertThat(names(Category.objects.all().fetch(), c -> c.name)).containsExactly("Apple", "Mango", "Zebra");
        assertThat(Category.objects.last().map(c -> c.name)).contains("Zebra");
    }

    @Test
    void getRaisesWhenNoneOrSeveralMatch() {
        seedUsers();
        assertThat(User.objects.get("name", "Bob").age).isEqualTo(30);
        assertThatThrownBy(() -> User.objects.get("name", "Nobody"))
                .isInstanceOf(DoesNotExist.class).hasMessageContaining("User matching query does not exist");
        assertThatThrownBy(() -> User.objects.get("isActive", true))
                .isInstanceOf(MultipleObjectsReturned.class).hasMessageContaining("returned 4");
    }

    @Test
    void asyncTwinsRunOnVirtualThreads() throws Exception {
        seedUsers();
        CompletableFuture<List<User>> adults = User.objects.filter("age__gte", 18).fetchAsync();
        CompletableFuture<Long> count = User.objects.all().countAsync();
        assertThat(adults.get()).hasSize(4);
        assertThat(count.get()).isEqualTo(5);
        Category c = Category.objects.createAsync("name", "Async").get();
        assertThat(Category.objects.getAsync("pk", c.id).get().name).isEqualTo("Async");
        assertThat(User.objects.filter("name", "Ann").updateAsync("age", 26).get()).isEqualTo(1);
        assertThat(User.objects.filter("name", "Ann").deleteAsync().get()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ errors before SQL, and from the database

    @Test
    void unknownFieldSuggestsTheClosestChoice() {
        assertThatThrownBy(() -> Product.objects.filter("prce__lt", 100))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Cannot resolve 'prce' on Product")
                .hasMessageContaining("Did you mean 'price'?")
                .hasMessageContaining("Choices: id, name, price, inStock, rating, category, createdAt, updatedAt");
        assertThatThrownBy(() -> Product.objects.filter("price__lt", "cheap"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Product.price (DecimalField) expects a BigDecimal");
        assertThatThrownBy(() -> Product.objects.filter("name__year", 2020))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Unsupported lookup 'year' for StringField 'name' on Product");
    }

    @Test
    void validationErrorsComeBeforeAnySql() {
        assertThatThrownBy(() -> User.objects.create("email", "not-an-email", "name", "x".repeat(101), "age", 3))
                .isInstanceOf(ValidationError.class)
                .satisfies(e -> assertThat(((ValidationError) e).errors())
                        .containsEntry("email", List.of("Enter a valid email address."))
                        .containsEntry("name", List.of("Ensure this value has at most 100 characters (it has 101).")));
        Category c = Category.objects.create("name", "Tools");
        assertThatThrownBy(() -> Product.objects.create("name", "Saw", "price", new BigDecimal("123456789.5"), "category", c))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("no more than 8 digits before the decimal point");
        assertThatThrownBy(() -> Product.objects.create("name", "Saw", "price", new BigDecimal("1.999"), "category", c))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("no more than 2 decimal places");
        assertThatThrownBy(() -> Product.objects.create("name", null, "price", 1, "category", c))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("name: This field cannot be null.");
        assertThatThrownBy(() -> User.objects.create("email", "s@example.com", "name", "S", "status", "gone"))
                .isInstanceOf(ValidationError.class)
                .hasMessageContaining("Value 'gone' is not a valid choice");
        assertThat(User.objects.count()).isZero();
        assertThat(Product.objects.count()).isZero();
    }

    @Test
    void constraintViolationsAreTranslated() {
        User.objects.create("email", "dup@example.com", "name", "One", "age", 20);
        assertThatThrownBy(() -> User.objects.create("email", "dup@example.com", "name", "Two", "age", 21))
                .isInstanceOf(UniqueViolation.class)
                .satisfies(e -> assertThat(((UniqueViolation) e).constraint()).isEqualTo("uq_it_users_email"));
        Product orphan = Product.objects.build("name", "Orphan", "price", 1);
        orphan.category = Ref.toId(Category.class, 987_654L);
        assertThatThrownBy(orphan::save)
                .isInstanceOf(ForeignKeyViolation.class)
                .satisfies(e -> assertThat(((ForeignKeyViolation) e).constraint())
                        .isEqualTo(db.has(Feature.FOREIGN_KEY_ERRORS_NAME_CONSTRAINT) ? "fk_products_category_id" : null));
        assertThat(User.objects.count()).isEqualTo(1);
        assertThat(Product.objects.count()).isZero();
    }

    @Test
    void uniqueTogetherIsEnforcedPerCombination() {
        Category a = Category.objects.create("name", "A");
        Category b = Category.objects.create("name", "B");
        Product.objects.create("name", "Lamp", "price", 10, "category", a);
        Product.objects.create("name", "Lamp", "price", 12, "category", b); // another category: allowed
        assertThatThrownBy(() -> Product.objects.create("name", "Lamp", "price", 11, "category", a))
                .isInstanceOf(UniqueViolation.class)
                .satisfies(e -> assertThat(((UniqueViolation) e).constraint()).isEqualTo("uq_products_category_id_name"));
        assertThat(Product.objects.count()).isEqualTo(2);
    }

    @Test
    void reverseManagerCountsCreatesAndFilters() {
        Category kitchen = Category.objects.create("name", "Kitchen");
        Category garden = Category.objects.create("name", "Garden");
        assertThat(kitchen.products().exists()).isFalse();
        Product pan = kitchen.products().create("name", "Pan", "price", 30);
        kitchen.products().create("name", "Knife", "price", 15);
        garden.products().create("name", "Rake", "price", 20);
        assertThat(pan.category.id()).isEqualTo(kitchen.id);
        assertThat(kitchen.products().count()).isEqualTo(2);
        assertThat(names(kitchen.products().filter("price__lt", 20).fetch())).containsExactly("Knife");
        assertThat(names(kitchen.products().exclude("name", "Knife").fetch())).containsExactly("Pan");
        assertThat(garden.products().exists()).isTrue();
        assertThatThrownBy(() -> new Category().products().count())
                .hasMessageContaining("must be saved before its related Product rows can be used");
    }

    @Test
    void injectionAttemptsAreBoundNotExecuted() {
        seedUsers();
        String attack = "x'; DROP TABLE it_users; --";
        assertThat(User.objects.filter("name", attack).count()).isZero();
        assertThat(User.objects.filter("name__icontains", attack).count()).isZero();
        User.objects.create("email", "evil@example.com", "name", attack, "age", 50);
        assertThat(User.objects.get("name", attack).email).isEqualTo("evil@example.com");
        assertThatThrownBy(() -> User.objects.orderBy("name; DROP TABLE it_users")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> User.objects.filter("name) OR 1=1 --", 1)).isInstanceOf(FieldError.class);
        assertThat(User.objects.count()).isEqualTo(6);
    }

    // ------------------------------------------------------------------ helpers

    private static void seedUsers() {
        User.objects.create("email", "ann@example.com", "name", "Ann", "age", 25);
        User.objects.create("email", "bob@example.com", "name", "Bob", "age", 30);
        User.objects.create("email", "carl@example.com", "name", "Carl", "age", 35);
        User.objects.create("email", "dora@example.com", "name", "Dora", "age", 40, "isActive", false, "status", "deleted");
        User.objects.create("email", "john@example.com", "name", "john smith", "age", 17);
    }

    private static List<String> userNames(io.aksara.QuerySet<User> qs) {
        return names(qs.orderBy("name").fetch(), u -> u.name);
    }

    private static List<String> productNames(io.aksara.QuerySet<Product> qs) {
        return names(qs.orderBy("name").fetch(), p -> p.name);
    }

    private static List<String> names(List<Product> products) {
        return names(products, p -> p.name);
    }

    private static <T> List<String> names(List<T> rows, java.util.function.Function<T, String> name) {
        return rows.stream().map(name).toList();
    }
}
