package io.aksara.codegen;

import io.aksara.fields.OneToOne;
import io.aksara.kinds.EnumKind;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.Kind;
import io.aksara.meta.FieldType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * A field annotation and the kind it names through its {@link Kind} meta-annotation. There is no
 * table of annotations here: a built-in kind (in {@code io.aksara.kinds}, on the processor path)
 * is asked for its column type; a kind of your own is read from its source, its Java type being
 * the type argument of {@code FieldKind<V>}, and checked at run time.
 *
 * @param annotationName the canonical name of the annotation, e.g. {@code io.aksara.fields.StringField}
 * @param kindClass      the kind class
 * @param type           the column type of a built-in kind; null for a kind of your own
 * @param javaClass      the element of the Java type the field holds (boxed; {@code Ref} for relations); null for an array
 * @param arrayType      the array type the field holds ({@code byte[]}), or null
 * @param primitive      the primitive the field may be declared as instead, or null
 * @param path           the typed path class of the metamodel constant
 * @param oneToOne       the annotation is {@code @OneToOne}
 */
record KindSpec(String annotationName, TypeElement kindClass, FieldType type, TypeElement javaClass,
        TypeMirror arrayType, TypeKind primitive, PathKind path, boolean oneToOne) {
    private static final String KIND = Kind.class.getCanonicalName();
    private static final String FIELD_KIND = FieldKind.class.getCanonicalName();
    private static final String BUILT_IN_PACKAGE = FieldKind.class.getPackageName();

    /** The kind class a field annotation names, or null when the annotation is no field annotation. */
    static TypeElement kindClassOf(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            if (ModelScanner.annotationName(meta).equals(KIND)) {
                for (var e : meta.getElementValues().entrySet()) {
                    if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof DeclaredType t) {
                        return (TypeElement) t.asElement();
                    }
                }
            }
        }
        return null;
    }

    /** The kind of a field annotation, or null when it is no field annotation (or its kind does not compile yet). */
    static KindSpec of(AnnotationMirror annotation, Types types) {
        TypeElement element = (TypeElement) annotation.getAnnotationType().asElement();
        TypeElement kindClass = kindClassOf(element);
        if (kindClass == null) {
            return null;
        }
        TypeMirror value = valueType(kindClass.asType(), types);
        if (value == null || value.getKind() != TypeKind.DECLARED && value.getKind() != TypeKind.ARRAY) {
            return null;
        }
        // an array (byte[]) has no element of its own: the field must be declared as that very array type
        TypeMirror arrayType = value.getKind() == TypeKind.ARRAY ? value : null;
        TypeElement javaClass = arrayType != null ? null : (TypeElement) types.asElement(types.erasure(value));
        TypeKind primitive = null;
        try {
            primitive = arrayType != null ? null : types.unboxedType(value).getKind();
        } catch (IllegalArgumentException notBoxed) {
            // a reference type only
        }
        FieldType type = builtInType(kindClass);
        String name = element.getQualifiedName().toString();
        PathKind path = isEnumKind(kindClass) ? PathKind.FIELD : path(type);
        return new KindSpec(name, kindClass, type, javaClass, arrayType, primitive, path,
                name.equals(OneToOne.class.getCanonicalName()));
    }

    /** {@code V} of the {@code FieldKind<V>} the class implements, found through its supertypes. */
    static TypeMirror valueType(TypeMirror start, Types types) {
        Deque<TypeMirror> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            TypeMirror t = todo.poll();
            if (t instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(FIELD_KIND)) {
                return d.getTypeArguments().isEmpty() ? null : d.getTypeArguments().getFirst();
            }
            todo.addAll(types.directSupertypes(t));
        }
        return null;
    }

    /** The column type of a built-in kind, asked of the kind itself. */
    private static FieldType builtInType(TypeElement kindClass) {
        String name = kindClass.getQualifiedName().toString();
        if (!name.startsWith(BUILT_IN_PACKAGE + ".")) {
            return null;
        }
        try {
            Class<?> c = Class.forName(name, true, KindSpec.class.getClassLoader());
            return ((FieldKind<?>) c.getConstructor().newInstance()).type();
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private static PathKind path(FieldType type) {
        if (type == null) {
            return PathKind.COMPARABLE; // a kind of your own: equality, ordering and ranges on its own type
        }
        return switch (type.family()) {
            case TEXT -> PathKind.STRING;
            case NUMBER -> PathKind.NUMBER;
            case BOOLEAN -> PathKind.BOOLEAN;
            case TEMPORAL, UUID -> PathKind.COMPARABLE;
            case JSON -> PathKind.JSON;
            case BINARY, ARRAY -> PathKind.FIELD;
            case RELATION -> PathKind.REF;
        };
    }

    private static boolean isEnumKind(TypeElement kindClass) {
        return kindClass.getQualifiedName().contentEquals(EnumKind.class.getCanonicalName());
    }

    /** Whether the field holds a constant of its own declared enum ({@code @EnumField}). */
    boolean isEnum() {
        return isEnumKind(kindClass);
    }

    /** {@code @StringField}, for messages. */
    String display() {
        return "@" + annotationName.substring(annotationName.lastIndexOf('.') + 1);
    }

    String javaClassName() {
        return javaClass.getQualifiedName().toString();
    }

    /** Whether the field is a relation ({@code @ForeignKey} or {@code @OneToOne}). */
    boolean isRelation() {
        return type == FieldType.FOREIGN_KEY;
    }

    /** A built-in kind of this column type. */
    boolean is(FieldType t) {
        return type == t;
    }

    /** What the field's declared type must be, for messages: {@code int or Integer}. */
    String expectedType() {
        if (isRelation()) {
            return "io.aksara.Ref<T> with T a model class";
        }
        if (isEnum()) {
            return "enum (any Java enum)";
        }
        if (type == FieldType.JSON) {
            return "java.util.Map<String, Object>, java.util.List<Object> or Object";
        }
        if (arrayType != null) {
            return arrayType.toString();
        }
        String simple = javaClass.getSimpleName().toString();
        String shown = javaClassName().equals("java.lang." + simple) ? simple : javaClassName();
        return primitive != null ? primitive.name().toLowerCase(Locale.ROOT) + " or " + shown : shown;
    }
}
