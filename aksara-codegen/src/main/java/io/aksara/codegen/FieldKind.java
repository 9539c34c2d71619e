package io.aksara.codegen;

import io.aksara.Ref;
import io.aksara.fields.BigIntegerField;
import io.aksara.fields.BooleanField;
import io.aksara.fields.DateField;
import io.aksara.fields.DateTimeField;
import io.aksara.fields.DecimalField;
import io.aksara.fields.EmailField;
import io.aksara.fields.FloatField;
import io.aksara.fields.ForeignKey;
import io.aksara.fields.IntegerField;
import io.aksara.fields.StringField;
import io.aksara.fields.TextField;
import io.aksara.fields.TimeField;
import io.aksara.fields.UUIDField;
import io.aksara.meta.FieldType;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import javax.lang.model.type.TypeKind;

/**
 * One field annotation and what it maps to: the {@link FieldType}, the Java types the annotated
 * field may have, and the typed path class of its metamodel constant. The annotation classes are
 * referenced directly (the API jar is on the processor path), so a renamed annotation breaks the
 * build here instead of silently matching nothing.
 */
enum FieldKind {
    STRING(StringField.class, FieldType.STRING, String.class, null, PathKind.STRING),
    TEXT(TextField.class, FieldType.TEXT, String.class, null, PathKind.STRING),
    EMAIL(EmailField.class, FieldType.EMAIL, String.class, null, PathKind.STRING),
    INTEGER(IntegerField.class, FieldType.INTEGER, Integer.class, TypeKind.INT, PathKind.NUMBER),
    BIG_INTEGER(BigIntegerField.class, FieldType.BIG_INTEGER, Long.class, TypeKind.LONG, PathKind.NUMBER),
    BOOLEAN(BooleanField.class, FieldType.BOOLEAN, Boolean.class, TypeKind.BOOLEAN, PathKind.BOOLEAN),
    FLOAT(FloatField.class, FieldType.FLOAT, Double.class, TypeKind.DOUBLE, PathKind.NUMBER),
    DECIMAL(DecimalField.class, FieldType.DECIMAL, BigDecimal.class, null, PathKind.NUMBER),
    DATE_TIME(DateTimeField.class, FieldType.DATE_TIME, OffsetDateTime.class, null, PathKind.COMPARABLE),
    DATE(DateField.class, FieldType.DATE, LocalDate.class, null, PathKind.COMPARABLE),
    TIME(TimeField.class, FieldType.TIME, LocalTime.class, null, PathKind.COMPARABLE),
    UUID(UUIDField.class, FieldType.UUID, java.util.UUID.class, null, PathKind.COMPARABLE),
    /** Map, List or Object: checked in {@link #acceptsDeclared}. */
    JSON(io.aksara.fields.JSONField.class, FieldType.JSON, Object.class, null, PathKind.JSON),
    FOREIGN_KEY(ForeignKey.class, FieldType.FOREIGN_KEY, Ref.class, null, PathKind.REF),
    /** A foreign key with a unique column; its reverse side is one instance. */
    ONE_TO_ONE(io.aksara.fields.OneToOne.class, FieldType.FOREIGN_KEY, Ref.class, null, PathKind.REF);

    private final Class<? extends Annotation> annotation;
    private final FieldType type;
    private final Class<?> javaClass;
    private final TypeKind primitive;
    private final PathKind path;

    FieldKind(Class<? extends Annotation> annotation, FieldType type, Class<?> javaClass, TypeKind primitive,
            PathKind path) {
        this.annotation = annotation;
        this.type = type;
        this.javaClass = javaClass;
        this.primitive = primitive;
        this.path = path;
    }

    /** The kind whose annotation has this canonical name, or null. */
    static FieldKind forAnnotation(String canonicalName) {
        for (FieldKind k : values()) {
            if (k.annotationName().equals(canonicalName)) {
                return k;
            }
        }
        return null;
    }

    /** The canonical name of the annotation, e.g. {@code io.aksara.fields.StringField}. */
    String annotationName() {
        return annotation.getCanonicalName();
    }

    /** {@code @StringField}, for messages. */
    String display() {
        return "@" + annotation.getSimpleName();
    }

    FieldType type() {
        return type;
    }

    /** The canonical name of the reference type the field may have (the boxed one for primitives). */
    String javaClassName() {
        return javaClass.getCanonicalName();
    }

    /** The primitive the field may have instead, or null. */
    TypeKind primitive() {
        return primitive;
    }

    /** Whether the field is a relation ({@code @ForeignKey} or {@code @OneToOne}). */
    boolean isRelation() {
        return type == FieldType.FOREIGN_KEY;
    }

    PathKind path() {
        return path;
    }

    /** What the field's declared type must be, for messages: {@code int or Integer}. */
    String expectedType() {
        if (type == FieldType.FOREIGN_KEY) {
            return "io.aksara.Ref<T> with T a model class";
        }
        if (this == JSON) {
            return "java.util.Map<String, Object>, java.util.List<Object> or Object";
        }
        if (primitive != null) {
            return primitive.name().toLowerCase(Locale.ROOT) + " or " + javaClass.getSimpleName();
        }
        return javaClass.getPackageName().equals("java.lang") ? javaClass.getSimpleName() : javaClass.getCanonicalName();
    }
}
