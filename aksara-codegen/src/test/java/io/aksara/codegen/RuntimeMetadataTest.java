package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.IndexMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.metamodel.BooleanPath;
import io.aksara.metamodel.ComparablePath;
import io.aksara.metamodel.NumberPath;
import io.aksara.metamodel.RefPath;
import io.aksara.metamodel.StringPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the compiled sample domain in its own class loader and checks the metadata the generated
 * metamodels register, including reading and writing fields through the generated accessors.
 */
class RuntimeMetadataTest {
    @TempDir
    static Path dir;

    static URLClassLoader loader;

    @BeforeAll
    static void compileAndLoad() throws IOException {
        TestCompiler.Result result = TestCompiler.compile(dir, TestCompiler.samples(SampleDomainTest.DOMAIN));
        assertThat(result.errors()).isEmpty();
        loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL()}, RuntimeMetadataTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    static Class<? extends Model> model(String name) throws ClassNotFoundException {
        return loader.loadClass(name).asSubclass(Model.class);
    }

    static ModelMeta<? extends Model> meta(String name) throws ClassNotFoundException {
        return ModelRegistry.meta(model(name));
    }

    @Test
    void productTableFieldsAndColumns() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Product");
        assertThat(meta.type().getName()).isEqualTo("shop.Product");
        assertThat(meta.table()).isEqualTo("products");
        assertThat(meta.ordering()).containsExactly("-createdAt");
        assertThat(meta.indexes()).isEmpty();
        assertThat(meta.fields()).extracting(FieldMeta::name, FieldMeta::column, FieldMeta::type, FieldMeta::javaType)
                .containsExactly(
                        tuple("id", "id", FieldType.BIG_AUTO, Long.class),
                        tuple("name", "name", FieldType.STRING, String.class),
                        tuple("price", "price", FieldType.DECIMAL, BigDecimal.class),
                        tuple("inStock", "in_stock", FieldType.BOOLEAN, Boolean.class),
                        tuple("category", "category_id", FieldType.FOREIGN_KEY, Ref.class),
                        tuple("createdAt", "created_at", FieldType.DATE_TIME, OffsetDateTime.class));
        assertThat(meta.primaryKey().name()).isEqualTo("id");
        assertThat(meta.primaryKey().generated()).isTrue();
        assertThat(meta.field("in_stock").name()).as("columns resolve too").isEqualTo("inStock");
    }

    @Test
    void productFieldOptions() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Product");
        assertThat(meta.field("name").maxLength()).isEqualTo(100);
        assertThat(meta.field("name").nullable()).isFalse();
        assertThat(meta.field("price").maxDigits()).isEqualTo(10);
        assertThat(meta.field("price").decimalPlaces()).isEqualTo(2);
        assertThat(meta.field("inStock").primitive()).isTrue();
        assertThat(meta.field("createdAt").autoNowAdd()).isTrue();
        assertThat(meta.field("createdAt").autoNow()).isFalse();
        FieldMeta<?, ?> category = meta.field("category");
        assertThat(category.isRelation()).isTrue();
        assertThat(category.relatedModel()).isSameAs(model("shop.Category"));
        assertThat(category.onDelete()).isEqualTo(OnDelete.CASCADE);
        assertThat(category.relatedName()).isEqualTo("products");
        assertThat(category.dbIndex()).isTrue();
        assertThat(category.columnType()).as("the target's auto id, as a plain column").isEqualTo(FieldType.BIG_INTEGER);
        assertThat(meta.defaults()).extractingFromEntries(e -> e.getKey().name(), Map.Entry::getValue)
                .containsExactly(tuple("inStock", true));
    }

    @Test
    void accessorsReadAndWriteTheFields() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Product");
        Model product = meta.newInstance();
        assertThat(product.getClass().getName()).isEqualTo("shop.Product");
        meta.field("name").setUnchecked(product, "Laptop");
        meta.field("price").setUnchecked(product, new BigDecimal("999.99"));
        meta.field("inStock").setUnchecked(product, false);
        Ref<? extends Model> ref = Ref.toId(model("shop.Category"), 7L);
        meta.field("category").setUnchecked(product, ref);
        meta.field("id").setUnchecked(product, 42L);

        assertThat(product.getClass().getField("name").get(product)).isEqualTo("Laptop");
        assertThat(product.getClass().getField("inStock").getBoolean(product)).isFalse();
        assertThat(product.id).isEqualTo(42L);
        assertThat(meta.field("price").getUnchecked(product)).isEqualTo(new BigDecimal("999.99"));
        assertThat(meta.field("category").getUnchecked(product)).isSameAs(ref);
        assertThat(meta.field("category").columnValueUnchecked(product)).isEqualTo(7L);
        assertThat(product.pk()).isEqualTo(42L);

        product.getClass().getField("name").set(product, "Phone");
        assertThat(meta.field("name").getUnchecked(product)).isEqualTo("Phone");
    }

    @Test
    void typedPathsAreGenerated() throws Exception {
        Class<?> paths = loader.loadClass("shop.Product_");
        assertThat(paths.getField("META").get(null)).isSameAs(meta("shop.Product"));
        assertThat(paths.getField("id").get(null)).isInstanceOf(NumberPath.class);
        assertThat(paths.getField("name").get(null)).isInstanceOf(StringPath.class);
        assertThat(paths.getField("price").get(null)).isInstanceOf(NumberPath.class);
        assertThat(paths.getField("inStock").get(null)).isInstanceOf(BooleanPath.class);
        assertThat(paths.getField("category").get(null)).isInstanceOf(RefPath.class);
        assertThat(paths.getField("createdAt").get(null)).isInstanceOf(ComparablePath.class);
        assertThat(paths.getField("price").get(null)).hasToString("price");
    }

    @Test
    void inheritedFieldsComeFirstAndMetaIndexesResolve() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Review");
        assertThat(meta.table()).isEqualTo("shop_reviews");
        assertThat(meta.ordering()).containsExactly("-rating", "pk");
        assertThat(meta.fieldNames())
                .containsExactly("id", "createdAt", "updatedAt", "product", "authorEmail", "rating", "body");
        assertThat(meta.indexes()).extracting(IndexMeta::name, IndexMeta::unique,
                        i -> i.fields().stream().map(FieldMeta::column).collect(Collectors.joining(",")))
                .containsExactly(
                        tuple("uq_one_review_each", true, "product_id,author_email"),
                        tuple("ix_shop_reviews_rating_created_at", false, "rating,created_at"),
                        tuple("ix_review_author", false, "author_email"));
        assertThat(meta.field("rating").choices()).containsExactly("1", "2", "3", "4", "5");
        assertThat(meta.field("rating").explicitDefault()).isEqualTo("5");
        assertThat(meta.field("authorEmail").maxLength()).isEqualTo(254);
        assertThat(meta.field("body").maxLength()).isEqualTo(2000);
        assertThat(meta.field("updatedAt").autoNow()).isTrue();
        assertThat(meta.field("product").onDelete()).isEqualTo(OnDelete.PROTECT);
        assertThat(meta.field("product").relatedName()).isNull();
    }

    @Test
    void declaredUuidPrimaryKeyReplacesTheImplicitId() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Coupon");
        assertThat(meta.fieldNames()).containsExactly("code", "kind", "timesUsed");
        FieldMeta<?, ?> pk = meta.primaryKey();
        assertThat(pk.name()).isEqualTo("code");
        assertThat(pk.type()).isEqualTo(FieldType.UUID);
        assertThat(pk.generated()).isTrue();
        assertThat(meta.field("kind").column()).isEqualTo("kind_of_discount");
        assertThat(meta.field("kind").choices()).containsExactly("percent", "fixed");
        Model coupon = meta.newInstance(); // through the protected no-arg constructor
        UUID code = UUID.randomUUID();
        pk.setUnchecked(coupon, code);
        assertThat(coupon.pk()).isEqualTo(code);
    }

    @Test
    void nestedModelIsFoundByItsMetamodelName() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Catalog$Tag");
        assertThat(meta.table()).isEqualTo("tags");
        FieldMeta<?, ?> category = meta.field("category");
        assertThat(category.relatedModel()).isSameAs(model("shop.Category"));
        assertThat(category.onDelete()).isEqualTo(OnDelete.SET_NULL);
        assertThat(category.nullable()).isTrue();
        assertThat(meta.field("label").unique()).isTrue();
    }

    @Test
    void everyFieldTypeAndItsOptions() throws Exception {
        ModelMeta<? extends Model> meta = meta("shop.Everything");
        assertThat(meta.table()).isEqualTo("every_field");
        assertThat(meta.fields()).extracting(FieldMeta::name, FieldMeta::type, FieldMeta::primitive, FieldMeta::nullable)
                .containsExactly(
                        tuple("id", FieldType.BIG_AUTO, false, false),
                        tuple("string", FieldType.STRING, false, false),
                        tuple("text", FieldType.TEXT, false, false),
                        tuple("email", FieldType.EMAIL, false, true),
                        tuple("small", FieldType.INTEGER, true, false),
                        tuple("smallOrNull", FieldType.INTEGER, false, true),
                        tuple("big", FieldType.BIG_INTEGER, true, false),
                        tuple("bigOrNull", FieldType.BIG_INTEGER, false, true),
                        tuple("flag", FieldType.BOOLEAN, true, false),
                        tuple("flagOrNull", FieldType.BOOLEAN, false, true),
                        tuple("ratio", FieldType.FLOAT, true, false),
                        tuple("ratioOrNull", FieldType.FLOAT, false, true),
                        tuple("amount", FieldType.DECIMAL, false, false),
                        tuple("at", FieldType.DATE_TIME, false, false),
                        tuple("day", FieldType.DATE, false, false),
                        tuple("time", FieldType.TIME, false, true),
                        tuple("token", FieldType.UUID, false, false),
                        tuple("parentCategory", FieldType.FOREIGN_KEY, false, true),
                        tuple("tricky", FieldType.STRING, false, false));
        assertThat(meta.field("string").maxLength()).as("StringField default").isEqualTo(255);
        assertThat(meta.field("string").dbIndex()).isTrue();
        assertThat(meta.field("text").maxLength()).as("TextField unbounded").isZero();
        assertThat(meta.field("email").maxLength()).as("EmailField default").isEqualTo(254);
        assertThat(meta.field("big").unique()).isTrue();
        assertThat(meta.field("at").column()).isEqualTo("happened");
        assertThat(meta.field("day").autoNowAdd()).isTrue();
        assertThat(meta.field("token").generated()).isTrue();
        assertThat(meta.field("parentCategory").column()).isEqualTo("owner");
        assertThat(meta.field("parentCategory").dbIndex()).isFalse();
        assertThat(meta.field("tricky").choices()).containsExactly("a\"b", "back\\slash", "café", "tab\there");
        Map<String, Object> defaults = meta.defaults().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
        assertThat(defaults).containsEntry("smallOrNull", 10)
                .containsEntry("flagOrNull", false)
                .containsEntry("amount", new BigDecimal("9.99"))
                .containsEntry("time", LocalTime.of(8, 30))
                .containsEntry("tricky", "a\"b");
    }

    @Test
    void indexResourceListsEveryModel() {
        List<ModelMeta<?>> all = ModelRegistry.indexed(loader);
        assertThat(all).extracting(m -> m.type().getName()).containsExactly(
                "blog.Post", "shop.Catalog$Tag", "shop.Category", "shop.Coupon", "shop.Everything", "shop.Product",
                "shop.Review");
    }
}
