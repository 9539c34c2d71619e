package io.aksara.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.fields.DecimalField;
import io.aksara.fields.LocalDateTimeField;
import io.aksara.fields.OneToOne;
import io.aksara.fields.StringField;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import io.aksara.meta.DefaultParser;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.testmodels.Book;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds as objects: one per column type, named by the field annotations, with lookups of their own. */
class FieldKindsTest {
    /** A text kind with a {@code contains} of its own, to show it is found before the shared one. */
    public static final class CodeKind extends CodecKind<String, String> {
        static final Lookup OWN_CONTAINS = new Lookup() {
            @Override public String name() { return "contains"; }
            @Override public boolean appliesTo(FieldType type) { return false; }
            @Override public Object prepare(FieldMeta<?, ?> field, Object value) { return value; }
            @Override public String sqlTemplate() { return "{0} = {1}"; }
        };

        public CodeKind() {
            super(String.class, StringKind.class);
        }

        @Override protected String toStored(String value) { return value.toUpperCase(java.util.Locale.ROOT); }

        @Override protected String fromStored(String stored) { return stored; }

        @Override public List<Lookup> lookups() { return List.of(OWN_CONTAINS); }
    }

    /** Not instantiable: FieldKinds.get says so, naming the class. */
    public abstract static class AbstractKind extends CodecKind<String, String> {
        AbstractKind() {
            super(String.class, StringKind.class);
        }
    }

    @Test
    void everyColumnTypeHasOneBuiltInKindOfThatType() {
        for (FieldType type : FieldType.values()) {
            FieldKind<?> kind = FieldKinds.of(type);
            assertThat(kind).as(type.name()).isNotNull();
            assertThat(kind.type()).isEqualTo(type);
            // an array kind names its element (TextArrayField); the column type is every array's (ArrayField)
            assertThat(kind.displayName()).isEqualTo(type == FieldType.ARRAY ? "Text" + type.displayName() : type.displayName());
            assertThat(FieldKinds.get(kind.getClass())).isSameAs(kind);
        }
    }

    @Test
    void fieldAnnotationsNameTheirKind() {
        assertThat(DecimalField.class.getAnnotation(Kind.class).value()).isEqualTo(DecimalKind.class);
        assertThat(StringField.class.getAnnotation(Kind.class).value()).isEqualTo(StringKind.class);
        assertThat(OneToOne.class.getAnnotation(Kind.class).value()).isEqualTo(ForeignKeyKind.class);
        assertThat(LocalDateTimeField.class.getAnnotation(Kind.class).value()).isEqualTo(LocalDateTimeKind.class);
    }

    @Test
    void kindsConvertAndParseDefaults() {
        FieldMeta<?, ?> price = Book.META.field("price");
        assertThat(price.kind()).isInstanceOf(DecimalKind.class);
        assertThat(price.kind().toColumn(price, 999.99)).isEqualTo(new BigDecimal("999.99"));
        assertThatThrownBy(() -> price.kind().toColumn(price, "cheap")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Book.price (DecimalField) expects a BigDecimal");
        assertThat(DefaultParser.parse(FieldType.LOCAL_DATE_TIME, " 2024-01-02T03:04:05 "))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        assertThat(DefaultParser.parse(FieldType.STRING, " kept ")).isEqualTo(" kept ");
        assertThatThrownBy(() -> DefaultParser.parse(FieldType.INTEGER, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKindsOwnLookupIsFoundBeforeTheSharedOneOfTheSameName() {
        FieldKind<?> code = FieldKinds.get(CodeKind.class);
        assertThat(Lookups.find(code, "contains", "code")).isSameAs(CodeKind.OWN_CONTAINS);
        assertThat(Lookups.isKindLookup(CodeKind.OWN_CONTAINS)).isTrue();
        Lookup shared = Lookups.find(FieldType.STRING, "contains", "name");
        assertThat(shared).isNotSameAs(CodeKind.OWN_CONTAINS);
        assertThat(Lookups.isKindLookup(shared)).isFalse();
        // the stored kind's shared lookups still apply
        assertThat(Lookups.namesFor(code)).contains("contains", "exact", "startswith");
    }

    @Test
    void aCodecKindConvertsThroughItsStoredKind() {
        FieldMeta<Book, Object> field = FieldMeta.<Book, Object>builder("code", FieldKinds.get(CodeKind.class), String.class)
                .maxLength(10).access(io.aksara.meta.FieldAccess.of(b -> b.title, (b, v) -> b.title = (String) v)).build();
        assertThat(field.type()).isEqualTo(FieldType.STRING);
        assertThat(field.kind().toColumn(field, "ab")).isEqualTo("AB");
        assertThatThrownBy(() -> field.kind().toColumn(field, 5)).isInstanceOf(FieldError.class)
                .hasMessageContaining("(CodeKind) expects a String");
    }

    @Test
    void aKindThatCannotBeMadeIsAClearError() {
        assertThatThrownBy(() -> FieldKinds.get(AbstractKind.class)).isInstanceOf(AksaraException.class)
                .hasMessageContaining(AbstractKind.class.getName()).hasMessageContaining("public no-argument constructor");
    }
}
