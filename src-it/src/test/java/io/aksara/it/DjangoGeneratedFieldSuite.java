package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.djangogenerated.FloatSquare;
import io.aksara.it.models.djangogenerated.Foo;
import io.aksara.it.models.djangogenerated.GeneratedModel;
import io.aksara.it.models.djangogenerated.GeneratedModelFieldWithConverters;
import io.aksara.it.models.djangogenerated.GeneratedModelNonAutoPk;
import io.aksara.it.models.djangogenerated.GeneratedModelNull;
import io.aksara.it.models.djangogenerated.GeneratedModelNullVirtual;
import io.aksara.it.models.djangogenerated.GeneratedModelOutputFieldLength;
import io.aksara.it.models.djangogenerated.GeneratedModelParams;
import io.aksara.it.models.djangogenerated.GeneratedModelParamsVirtual;
import io.aksara.it.models.djangogenerated.GeneratedModelVirtual;
import io.aksara.it.models.djangogenerated.IntegerSquare;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.state.GeneratedColumnType;
import io.aksara.schema.state.ModelStates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Django's {@code tests/model_fields/test_generatedfield.py}, as of Django 5.x (the main branch at commit
 * 663a9003, the copy with {@code test_create_with_non_auto_pk} and the {@code full_clean} tests
 * of constraints over generated fields), transcribed for {@code @GeneratedField} on every
 * database. Models follow Django's {@code tests/model_fields/models.py} ({@code GeneratedModel*},
 * {@code Foo}), in {@code io.aksara.it.models.djangogenerated}. The tests of Django's
 * {@code GeneratedFieldTestMixin} run once per {@link Persist}: STORED is
 * {@code StoredGeneratedFieldTests}, VIRTUAL {@code VirtualGeneratedFieldTests}, which PostgreSQL
 * before 18 skips as Django does ({@code supports_virtual_generated_columns}). Expected values are
 * Django's.
 *
 * <p>Django test → Java test:
 * <ul>
 * <li>{@code test_default_unsupported}, {@code test_database_default_unsupported} →
 *     {@link #aDefaultBesideAGeneratedFieldIsACompileError} (Aksara: a compile error, not a ValueError at import)</li>
 * <li>{@code test_db_persist_required} → {@link #storedIsTheDefaultWhereDjangoRequiresDbPersist} (differs on purpose)</li>
 * <li>{@code test_deconstruct} → {@link #theMigrationStateKeepsExpressionStoredAndOutputField}</li>
 * <li>{@code test_get_col} → {@link #theOutputFieldIsTheColumnsKind}</li>
 * <li>{@code test_unsaved_error} → {@link #anUnsavedModelHasNoValue} (differs on purpose)</li>
 * <li>{@code test_full_clean} → {@link #saveNeitherValidatesNorWritesTheGeneratedField} (Aksara validates on save)</li>
 * <li>{@code test_create} → {@link #create}; {@code test_non_nullable_create} → {@link #nonNullableCreate}
 *     (differs on purpose: a ValidationError before any SQL)</li>
 * <li>{@code test_save} → {@link #save}; {@code test_save_model_with_pk} → {@link #saveModelWithPk}</li>
 * <li>{@code test_save_model_with_foreign_key} → {@link #saveModelWithForeignKey}</li>
 * <li>{@code test_generated_fields_can_be_deferred} → {@link #generatedFieldsCanBeDeferred}</li>
 * <li>{@code test_update} → {@link #update}; {@code test_bulk_create} → {@link #bulkCreate};
 *     {@code test_bulk_update} → {@link #bulkUpdate}</li>
 * <li>{@code test_output_field_lookups} → {@link #outputFieldLookups} (no query either; a FieldError, not DoesNotExist)</li>
 * <li>{@code test_db_type_parameters} (and {@code test_output_field_db_collation} without the
 *     collation) → {@link #theOutputFieldsMaxLengthIsTheColumns}</li>
 * <li>{@code test_model_with_params} → {@link #modelWithParams}; {@code test_nullable} → {@link #nullable}</li>
 * <li>{@code StoredGeneratedFieldTests.test_create_field_with_db_converters} → {@link #createFieldWithDbConverters}</li>
 * <li>{@code StoredGeneratedFieldTests.test_create_with_non_auto_pk} → {@link #createWithNonAutoPk}</li>
 * </ul>
 * Not transcribed, as Aksara has no counterpart: {@code test_editable_unsupported} and
 * {@code test_blank_unsupported} (no {@code editable}/{@code blank} options),
 * {@code test_contribute_to_class} and {@code test_cached_col} (Django internals),
 * {@code test_full_clean_with_check_constraint} and
 * {@code test_full_clean_with_unique_constraint_expression} (no check constraints, no
 * constraints over expressions, no {@code full_clean}), the collation half of
 * {@code test_output_field_db_collation} (no {@code db_collation}).
 */
@OnEveryDatabase
class DjangoGeneratedFieldSuite {
    /** Django's two test classes over the same mixin. */
    enum Persist { STORED, VIRTUAL }

    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    @SuppressWarnings({"unchecked", "rawtypes"})
    void createTables() {
        DatabaseConfig config = db.config(); // one config: each call may name a new in-memory database
        Aksara.configure(config);
        List<Class<? extends Model>> models = new ArrayList<>(List.of(GeneratedModel.class, GeneratedModelNull.class,
                GeneratedModelParams.class, GeneratedModelFieldWithConverters.class, GeneratedModelNonAutoPk.class,
                GeneratedModelOutputFieldLength.class));
        if (!db.isPostgres()) {
            models.addAll(List.of(GeneratedModelVirtual.class, GeneratedModelNullVirtual.class, GeneratedModelParamsVirtual.class));
        }
        models.add(Foo.class);
        schema = MigratedSchema.create(config, models.toArray(new Class[0]));
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    @BeforeEach
    void empty() {
        schema.deleteAllRows();
    }

    // ---- BaseGeneratedFieldTests

    @Test
    void aDefaultBesideAGeneratedFieldIsACompileError() {
        for (String other : List.of("@Default(\"0\")", "@DbDefault(\"0\")")) {
            List<String> errors = ModelSources.compileErrors("Line", """
                    @IntegerField public int a;
                    @IntegerField %s @GeneratedField(expression = "a * 2") public int twice;
                    """.formatted(other));
            assertThat(errors).anySatisfy(e -> assertThat(e).contains("Line.twice: @GeneratedField takes no @Default or @DbDefault"));
        }
    }

    /** Django requires db_persist; Aksara's {@code stored} defaults to true, Django's usual choice, as documented. */
    @Test
    void storedIsTheDefaultWhereDjangoRequiresDbPersist() {
        assertThat(field(GeneratedModel.class, "field").generatedStored()).isTrue();
        assertThat(field(GeneratedModelVirtual.class, "field").generatedStored()).isFalse();
    }

    /** Django's deconstruct() is what its migrations write; Aksara's migration state is the counterpart. */
    @Test
    void theMigrationStateKeepsExpressionStoredAndOutputField() {
        FieldMeta<?, ?> field = field(GeneratedModel.class, "field");
        assertThat(field.generatedExpression()).isEqualTo("a + b");
        assertThat(field.type()).isEqualTo(FieldType.INTEGER);
        String type = ModelStates.table(ModelRegistry.metaOf(GeneratedModel.class)).column("field").orElseThrow().type();
        GeneratedColumnType generated = GeneratedColumnType.parse(type);
        assertThat(generated.expression()).isEqualTo("a + b");
        assertThat(generated.stored()).isTrue();
        assertThat(GeneratedColumnType.parse(ModelStates.table(ModelRegistry.metaOf(GeneratedModelVirtual.class))
                .column("field").orElseThrow().type()).stored()).isFalse();
    }

    @Test
    void theOutputFieldIsTheColumnsKind() {
        assertThat(field(IntegerSquare.class, "area").type()).isEqualTo(FieldType.INTEGER);
        assertThat(field(FloatSquare.class, "area").type()).isEqualTo(FieldType.FLOAT);
    }

    // ---- GeneratedFieldTestMixin, once stored and once virtual

    /** Django raises AttributeError; an Aksara field is a plain Java field, null until the database computes it. */
    @ParameterizedTest
    @EnumSource(Persist.class)
    void anUnsavedModelHasNoValue(Persist persist) {
        Model m = base(persist).build("a", 1, "b", 2);
        assertThat(value(m, "field")).isNull();
    }

    /** Django: full_clean() ignores GeneratedFields. Aksara validates on save, and only the fields it writes. */
    @ParameterizedTest
    @EnumSource(Persist.class)
    void saveNeitherValidatesNorWritesTheGeneratedField(Persist persist) {
        Model m = base(persist).build("a", 1, "b", 2);
        set(m, "field", -1);
        m.save();
        assertThat(value(m, "field")).isEqualTo(3);
        Model named = nullModel(persist).build("name", "ABC");
        set(named, "lowerName", "longer than ten characters");
        named.save();
        assertThat(value(named, "lowerName")).isEqualTo("abc");
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void create(Persist persist) {
        Model m = base(persist).create("a", 1, "b", 2);
        assertThat(value(m, "field")).isEqualTo(3);
    }

    /**
     * Django: IntegrityError from the database. Aksara refuses bad input before any SQL runs (the
     * project's rule), so the missing values are a ValidationError naming the fields, and no row is written.
     */
    @ParameterizedTest
    @EnumSource(Persist.class)
    void nonNullableCreate(Persist persist) {
        Model m = newInstance(base(persist));
        List<String> sql = QueryLog.capture(() -> assertThatThrownBy(m::save).isInstanceOf(ValidationError.class)
                .hasMessageContaining("a: This field cannot be null.").hasMessageContaining("b: This field cannot be null."));
        assertThat(sql).isEmpty();
        assertThat(base(persist).count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void save(Persist persist) {
        Model m = base(persist).build("a", 2, "b", 4);
        m.save();
        assertThat(value(m, "field")).isEqualTo(6);
        set(m, "a", 4);
        m.save();
        m.refreshFromDb();
        assertThat(value(m, "field")).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void saveModelWithPk(Persist persist) {
        Model m = base(persist).build("id", 1L, "a", 1, "b", 2);
        m.save();
        assertThat(value(m, "field")).isEqualTo(3);
        assertThat(value(base(persist).get("id", 1L), "field")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void saveModelWithForeignKey(Persist persist) {
        Foo fk = Foo.objects.create("a", "abc", "d", new BigDecimal("12.34"));
        Model m = base(persist).build("a", 1, "b", 2, "fk", fk);
        m.save();
        assertThat(value(m, "field")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void generatedFieldsCanBeDeferred(Persist persist) {
        Foo fk = Foo.objects.create("a", "abc", "d", new BigDecimal("12.34"));
        Model m = base(persist).create("a", 1, "b", 2, "fk", fk);
        Model deferred = base(persist).defer("field").get("id", m.pk());
        assertThat(deferred.deferredFields()).isEqualTo(Set.of("field"));
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void update(Persist persist) {
        Model m = base(persist).create("a", 1, "b", 2);
        base(persist).all().update("b", 3);
        assertThat(value(base(persist).get("id", m.pk()), "field")).isEqualTo(4);
    }

    /** Aksara's bulkCreate reads no generated values back (as Django without can_return_rows_from_bulk_insert). */
    @ParameterizedTest
    @EnumSource(Persist.class)
    void bulkCreate(Persist persist) {
        bulkCreate(base(persist));
    }

    private static <T extends Model> void bulkCreate(Manager<T> objects) {
        objects.bulkCreate(List.of(objects.build("a", 3, "b", 4)));
        assertThat(value(objects.get(), "field")).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void bulkUpdate(Persist persist) {
        bulkUpdate(base(persist));
    }

    private static <T extends Model> void bulkUpdate(Manager<T> objects) {
        T m = objects.create("a", 1, "b", 2);
        set(m, "a", 3);
        objects.bulkUpdate(List.of(m), "a");
        assertThat(value(objects.get("id", m.pk()), "field")).isEqualTo(5);
    }

    /**
     * Lookups of the output field (IntegerField) apply, and a value beyond its range sends no query,
     * as in Django. Django answers DoesNotExist; Aksara refuses the value with a FieldError naming
     * the field and its range (bad input, before any SQL).
     */
    @ParameterizedTest
    @EnumSource(Persist.class)
    void outputFieldLookups(Persist persist) {
        Manager<? extends Model> objects = base(persist);
        long underflow = (long) Integer.MIN_VALUE - 1;
        long overflow = (long) Integer.MAX_VALUE + 1;
        for (String lookup : List.of("field", "field__lt", "field__lte")) {
            assertThat(QueryLog.capture(() -> assertThatThrownBy(() -> objects.get(lookup, underflow))
                    .isInstanceOf(FieldError.class).hasMessageContaining(".field (IntegerField) expects an int (32-bit range)")))
                    .as(lookup + " " + underflow).isEmpty();
        }
        for (String lookup : List.of("field", "field__gt", "field__gte")) {
            assertThat(QueryLog.capture(() -> assertThatThrownBy(() -> objects.get(lookup, overflow))
                    .isInstanceOf(FieldError.class).hasMessageContaining(".field (IntegerField) expects an int (32-bit range)")))
                    .as(lookup + " " + overflow).isEmpty();
        }
        objects.create("a", 1, "b", 2);
        assertThat(objects.filter("field__gte", 3).count()).isEqualTo(1);
        assertThatThrownBy(() -> objects.get("field__lt", 3)).isInstanceOf(DoesNotExist.class);
    }

    @Test
    void theOutputFieldsMaxLengthIsTheColumns() {
        assertThat(field(GeneratedModelOutputFieldLength.class, "lowerName").maxLength()).isEqualTo(11);
        GeneratedModelOutputFieldLength m = GeneratedModelOutputFieldLength.objects.create("name", "NAME");
        assertThat(m.lowerName).isEqualTo("name");
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void modelWithParams(Persist persist) {
        Model m = newInstance(persist == Persist.STORED ? GeneratedModelParams.objects : virtual(GeneratedModelParamsVirtual.objects));
        m.save();
        assertThat(value(m, "field")).isEqualTo("Constant");
    }

    @ParameterizedTest
    @EnumSource(Persist.class)
    void nullable(Persist persist) {
        Model m1 = newInstance(nullModel(persist));
        m1.save();
        assertThat(value(m1, "lowerName")).isNull();
        Model m2 = nullModel(persist).create("name", "NaMe");
        assertThat(value(m2, "lowerName")).isEqualTo("name");
    }

    // ---- StoredGeneratedFieldTests

    @Test
    void createFieldWithDbConverters() {
        GeneratedModelFieldWithConverters obj = GeneratedModelFieldWithConverters.objects.create("field", UUID.randomUUID());
        assertThat(obj.fieldCopy).isInstanceOf(UUID.class).isEqualTo(obj.field);
    }

    @Test
    void createWithNonAutoPk() {
        GeneratedModelNonAutoPk obj = GeneratedModelNonAutoPk.objects.create("id", 1, "a", 2);
        assertThat(obj.id).isEqualTo(1);
        assertThat(obj.a).isEqualTo(2);
        assertThat(obj.b).isEqualTo(2);
    }

    // ---- helpers

    private Manager<? extends Model> base(Persist persist) {
        return persist == Persist.STORED ? GeneratedModel.objects : virtual(GeneratedModelVirtual.objects);
    }

    private Manager<? extends Model> nullModel(Persist persist) {
        return persist == Persist.STORED ? GeneratedModelNull.objects : virtual(GeneratedModelNullVirtual.objects);
    }

    /** PostgreSQL before 18 has no virtual generated column: Django skips the virtual tests there too. */
    private <T extends Model> Manager<T> virtual(Manager<T> objects) {
        assumeFalse(db.isPostgres(), "PostgreSQL before 18 has stored generated columns only (supports_virtual_generated_columns)");
        return objects;
    }

    private static FieldMeta<?, ?> field(Class<? extends Model> model, String name) {
        return ModelRegistry.metaOf(model).field(name);
    }

    private static Object value(Model m, String name) {
        return field(m.getClass(), name).getUnchecked(m);
    }

    private static void set(Model m, String name, Object value) {
        field(m.getClass(), name).setUnchecked(m, value);
    }

    private static Model newInstance(Manager<? extends Model> objects) {
        return objects.meta().newInstance();
    }
}
