package io.aksara.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every mistake in a model is a compile error on the offending element that names the model, the
 * field and what is expected, and the model gets no metamodel.
 */
class ModelErrorsTest {
    @TempDir
    Path dir;

    private static final String IMPORTS = """
            package app;

            import io.aksara.Meta;
            import io.aksara.Model;
            import io.aksara.Ref;
            import io.aksara.fields.*;
            import java.math.BigDecimal;
            import java.time.OffsetDateTime;
            import java.util.UUID;

            """;

    /**
     * Compiles {@code app/Bad.java} (plus a valid {@code app.Target}) and returns the errors, checking
     * that the broken model got no metamodel.
     */
    private List<String> errorsOf(String brokenMetamodel, String body) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("app/Bad.java", IMPORTS + body);
        sources.put("app/Target.java", IMPORTS + "public class Target extends Model { @StringField public String name; }\n");
        TestCompiler.Result result = TestCompiler.compile(dir, sources);
        assertThat(result.success()).isFalse();
        assertThat(result.generatedSource(brokenMetamodel)).as("no metamodel for a model with errors").isNull();
        assertThat(result.generatedSource("app.Target_")).as("other models are still generated").isNotNull();
        return result.errors();
    }

    private void assertError(String body, String... fragments) throws IOException {
        assertErrorIn("app.Bad_", body, fragments);
    }

    private void assertErrorIn(String brokenMetamodel, String body, String... fragments) throws IOException {
        List<String> errors = errorsOf(brokenMetamodel, body);
        assertThat(errors).as("errors").anySatisfy(e -> assertThat(e).contains(fragments));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            StringField     | int                       | String
            TextField       | char[]                    | String
            EmailField      | Object                    | String
            IntegerField    | long                      | int or Integer
            BigIntegerField | Integer                   | long or Long
            BooleanField    | String                    | boolean or Boolean
            FloatField      | float                     | double or Double
            DecimalField    | double                    | java.math.BigDecimal
            DateTimeField   | java.time.LocalDateTime   | java.time.OffsetDateTime
            DateField       | java.util.Date            | java.time.LocalDate
            TimeField       | String                    | java.time.LocalTime
            UUIDField       | String                    | java.util.UUID
            ForeignKey      | Long                      | io.aksara.Ref<T>
            """)
    void wrongJavaType(String annotation, String javaType, String expected) throws IOException {
        assertError("public class Bad extends Model { @" + annotation + " public " + javaType + " value; }",
                "Bad.value", "@" + annotation, "needs a field of type " + expected, "declared as " + javaType);
    }

    @Test
    void foreignKeyWithoutTarget() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey public Ref<?> owner; }",
                "Bad.owner", "@ForeignKey cannot tell the target model", "Ref<Target>", "to = Target.class");
    }

    @Test
    void foreignKeyToContradictsTypeArgument() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(to = Bad.class) public Ref<Target> owner; }",
                "Bad.owner", "to = Bad.class", "contradicts", "Ref<app.Target>");
    }

    @Test
    void foreignKeyToAbstractModel() throws IOException {
        assertError("""
                public class Bad extends Model { @ForeignKey public Ref<Base> owner; }
                abstract class Base extends Model {}
                """, "Bad.owner", "concrete model", "Base is abstract");
    }

    @Test
    void foreignKeySetNullNeedsNullable() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(onDelete = OnDelete.SET_NULL) public Ref<Target> owner; }",
                "Bad.owner", "SET_NULL", "nullable = true");
    }

    @Test
    void foreignKeySetDefaultNeedsADefault() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(onDelete = OnDelete.SET_DEFAULT) public Ref<Target> owner; }",
                "Bad.owner", "SET_DEFAULT", "@Default");
    }

    @Test
    void foreignKeySetNeedsAValue() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(onDelete = OnDelete.SET) public Ref<Target> owner; }",
                "Bad.owner", "onDelete = SET", "onDeleteValue");
    }

    @Test
    void onDeleteValueMustBeAKeyOfTheTarget() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(onDelete = OnDelete.SET, onDeleteValue = \"first\") "
                        + "public Ref<Target> owner; }",
                "Bad.owner", "onDeleteValue \"first\" is not a key of Target", "BigIntegerField");
    }

    @Test
    void setDefaultsDefaultMustBeAKeyOfTheTarget() throws IOException {
        assertError("public class Bad extends Model { @ForeignKey(onDelete = OnDelete.SET_DEFAULT) @Default(\"x1\") "
                        + "public Ref<Target> owner; }",
                "Bad.owner", "@Default \"x1\" is not a key of Target");
    }

    @ParameterizedTest(name = "onDeleteValue with {0}")
    @CsvSource({"CASCADE", "PROTECT", "SET_DEFAULT"})
    void onDeleteValueBelongsToSetOnly(String rule) throws IOException {
        String defaultText = rule.equals("SET_DEFAULT") ? "@Default(\"1\") " : "";
        assertError("public class Bad extends Model { " + defaultText + "@ForeignKey(onDelete = OnDelete." + rule
                        + ", onDeleteValue = \"1\") public Ref<Target> owner; }",
                "Bad.owner", "onDeleteValue is only used by onDelete = SET", rule);
    }

    @Test
    void twoFieldAnnotations() throws IOException {
        assertError("public class Bad extends Model { @StringField @TextField public String name; }",
                "Bad.name", "@StringField", "@TextField", "exactly one field annotation");
    }

    @Test
    void privateField() throws IOException {
        assertError("public class Bad extends Model { @StringField private String name; }",
                "Bad.name", "must not be private", "make it public");
    }

    @Test
    void packagePrivateFieldOfSuperclassInAnotherPackage() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("base/Base.java", """
                package base;
                public abstract class Base extends io.aksara.Model {
                    @io.aksara.fields.StringField String secret;
                    @io.aksara.fields.StringField protected String shared;
                }
                """);
        sources.put("app/Bad.java", "package app;\npublic class Bad extends base.Base {}\n");
        TestCompiler.Result result = TestCompiler.compile(dir, sources);
        assertThat(result.generatedSource("app.Bad_")).isNull();
        assertThat(result.errors())
                .anySatisfy(e -> assertThat(e).contains("Base.secret (inherited by Bad)", "not public",
                        "package app", "make it public"))
                .anySatisfy(e -> assertThat(e).contains("Base.shared (inherited by Bad)", "make it public"));
    }

    @Test
    void finalField() throws IOException {
        assertError("public class Bad extends Model { @StringField public final String name = \"x\"; }",
                "Bad.name", "must not be final");
    }

    @Test
    void staticField() throws IOException {
        assertError("public class Bad extends Model { @StringField public static String name; }",
                "Bad.name", "must not be static");
    }

    @Test
    void primitiveFieldCannotBeNullable() throws IOException {
        assertError("public class Bad extends Model { @IntegerField(nullable = true) public int stock; }",
                "Bad.stock", "primitive int", "use Integer instead of int");
    }

    @Test
    void primaryKeyCannotBeNullable() throws IOException {
        assertError("public class Bad extends Model { @UUIDField(primaryKey = true, nullable = true) public UUID key; }",
                "Bad.key", "primary key cannot be nullable");
    }

    @Test
    void atMostOnePrimaryKey() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @UUIDField(primaryKey = true) public UUID key;
                    @StringField(primaryKey = true) public String code;
                }
                """, "Bad.code", "already has the primary key key", "one primary key");
    }

    @Test
    void nestedModelMustBeStatic() throws IOException {
        assertErrorIn("app.Bad_Inner_", """
                public class Bad extends Model {
                    @StringField public String name;
                    public class Inner extends Model { @StringField public String name; }
                }
                """, "Bad.Inner", "must be static", "static class Inner");
    }

    @Test
    void privateNestedModel() throws IOException {
        assertErrorIn("app.Bad_Hidden_", """
                public class Bad extends Model {
                    @StringField public String name;
                    private static class Hidden extends Model { @StringField public String name; }
                }
                """, "Bad.Hidden", "is private");
    }

    @Test
    void modelNeedsAnAccessibleNoArgConstructor() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @StringField public String name;
                    public Bad(String name) { this.name = name; }
                }
                """, "Bad", "no-argument constructor");
        assertError("""
                public class Bad extends Model {
                    @StringField public String name;
                    private Bad() {}
                }
                """, "Bad", "no-argument constructor", "not private");
    }

    @Test
    void genericModel() throws IOException {
        assertError("public class Bad<T> extends Model { @StringField public String name; }",
                "Bad", "cannot have type parameters");
    }

    @Test
    void metaOrderingNamesUnknownField() throws IOException {
        assertError("""
                @Meta(ordering = {"-name", "pk", "id", "-created"})
                public class Bad extends Model { @StringField public String name; }
                """, "Bad", "@Meta ordering \"-created\"", "names no field", "Fields: id, name");
    }

    @Test
    void metaUniqueTogetherNamesUnknownField() throws IOException {
        assertError("""
                @Meta(uniqueTogether = @Meta.Unique({"name", "kind"}))
                public class Bad extends Model { @StringField public String name; }
                """, "Bad", "@Meta uniqueTogether", "\"kind\"", "no field of Bad");
    }

    @Test
    void metaIndexNamesUnknownField() throws IOException {
        assertError("""
                @Meta(indexes = @Meta.Index(value = {"title"}, name = "ix_title"))
                public class Bad extends Model { @StringField public String name; }
                """, "Bad", "@Meta indexes", "\"title\"", "no field of Bad");
    }

    @Test
    void twoFieldsMappingToOneColumn() throws IOException {
        assertError("""
                public class Bad extends Model {
                    @StringField public String inStock;
                    @BooleanField(dbColumn = "IN_STOCK") public boolean available;
                }
                """, "Bad.available", "column IN_STOCK", "already used by Bad.inStock");
    }

    @Test
    void fieldHiddenByASubclassField() throws IOException {
        assertError("""
                public class Bad extends Base { public int name; }
                abstract class Base extends Model { @StringField public String name; }
                """, "Base.name (inherited by Bad)", "hidden by the field of the same name in Bad");
    }

    @Test
    void fieldNamedIdHidesTheImplicitKey() throws IOException {
        assertError("public class Bad extends Model { @StringField public String id; }",
                "Bad.id", "hides the implicit primary key Model.id");
    }

    @Test
    void fieldNameThatWouldObscureGeneratedCode() throws IOException {
        assertError("public class Bad extends Model { @DecimalField public BigDecimal java; }",
                "Bad.java", "rename the field");
        assertError("public class Bad extends Model { @StringField public String META; }",
                "Bad.META", "rename the field");
    }

    @Test
    void invalidDefault() throws IOException {
        assertError("public class Bad extends Model { @IntegerField @Default(\"ten\") public int stock; }",
                "Bad.stock", "@Default(\"ten\")", "not a valid IntegerField value");
    }

    @Test
    void defaultWithoutFieldAnnotation() throws IOException {
        assertError("public class Bad extends Model { @Default(\"1\") public Integer stock; }",
                "Bad.stock", "@Default needs a field annotation");
    }

    @Test
    void dbDefaultOnAPrimitiveField() throws IOException {
        assertError("public class Bad extends Model { @IntegerField @DbDefault(\"42\") public int priority; }",
                "Bad.priority", "@DbDefault needs a field that can be left unset", "use its boxed type");
    }

    @Test
    void dbDefaultBesideDefault() throws IOException {
        assertError("public class Bad extends Model { @IntegerField @Default(\"1\") @DbDefault(\"42\") public Integer priority; }",
                "Bad.priority", "has both @Default and @DbDefault");
    }

    @Test
    void dbDefaultWithoutSql() throws IOException {
        assertError("public class Bad extends Model { @IntegerField @DbDefault(\" \") public Integer priority; }",
                "Bad.priority", "@DbDefault needs the SQL expression");
    }

    @Test
    void dbDefaultWithoutFieldAnnotation() throws IOException {
        assertError("public class Bad extends Model { @DbDefault(\"1\") public Integer stock; }",
                "Bad.stock", "@DbDefault needs a field annotation");
    }

    @Test
    void smallIntegerOnAnInt() throws IOException {
        assertError("public class Bad extends Model { @SmallIntegerField public int quantity; }",
                "Bad.quantity", "short or Short");
    }

    @Test
    void autoNowAndAutoNowAdd() throws IOException {
        assertError("public class Bad extends Model { @DateTimeField(autoNow = true, autoNowAdd = true) public OffsetDateTime at; }",
                "Bad.at", "autoNow and autoNowAdd");
    }

    @Test
    void decimalDigits() throws IOException {
        assertError("public class Bad extends Model { @DecimalField(maxDigits = 4, decimalPlaces = 6) public BigDecimal x; }",
                "Bad.x", "decimalPlaces <= maxDigits");
    }

    @Test
    void stringChoiceLongerThanMaxLength() throws IOException {
        assertError("public class Bad extends Model { @StringField(maxLength = 3, choices = {\"ok\", \"toolong\"}) public String s; }",
                "Bad.s", "\"toolong\"", "maxLength = 3");
    }

    @Test
    void fieldAnnotationOutsideAModel() throws IOException {
        Map<String, String> sources = Map.of("app/Plain.java",
                IMPORTS + "public class Plain { @StringField public String name; }\n");
        TestCompiler.Result result = TestCompiler.compile(dir, sources);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("@StringField on Plain.name has no effect",
                "does not extend io.aksara.Model"));
    }

    @Test
    void errorsPointAtTheOffendingField() throws IOException {
        Map<String, String> sources = Map.of("app/Bad.java", IMPORTS + """
                public class Bad extends Model {
                    @StringField public String name;
                    @IntegerField public long count;
                }
                """);
        TestCompiler.Result result = TestCompiler.compile(dir, sources);
        assertThat(result.diagnostics()).filteredOn(d -> d.getMessage(null).contains("Bad.count"))
                .singleElement()
                .satisfies(d -> assertThat(d.getLineNumber()).isEqualTo(13));
    }
}
