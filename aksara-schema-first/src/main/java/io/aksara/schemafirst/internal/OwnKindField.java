package io.aksara.schemafirst.internal;

import io.aksara.errors.AksaraException;
import io.aksara.kinds.FieldKind;
import io.aksara.kinds.FieldKinds;
import io.aksara.kinds.Kind;
import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.schemafirst.ColumnDescription;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A column inspectdb was told to map to a field annotation of the application's own (one carrying
 * {@link Kind}): the field is declared with that annotation and the kind's Java type, and the
 * options the annotation declares (length, digits, nullable, unique, index, column name) are
 * filled from the column.
 */
public final class OwnKindField {
    private OwnKindField() {}

    /**
     * Checks that the annotation names a kind stored as the column is, before anything is written.
     *
     * @throws AksaraException naming the column, its type and the kind's stored type
     */
    public static void check(String table, ColumnDescription c, Class<? extends Annotation> annotation) {
        FieldKind<?> kind = kind(annotation);
        if (c.type() == null || !sameStorage(kind.type(), c.type())) {
            throw new AksaraException("inspectdb: " + table + "." + c.name() + " is " + c.sqlType() + ", but @"
                    + annotation.getSimpleName() + " is a " + kind.displayName() + " stored as "
                    + kind.type().displayName() + "; map it to an annotation whose kind is stored as "
                    + (c.type() == null ? c.sqlType() : c.type().displayName()));
        }
    }

    /** The kind an annotation names through {@link Kind}. */
    public static FieldKind<?> kind(Class<? extends Annotation> annotation) {
        Kind k = annotation.getAnnotation(Kind.class);
        if (k == null) {
            throw new IllegalArgumentException("@" + annotation.getName() + " is not a field annotation: it carries no @"
                    + Kind.class.getName());
        }
        return FieldKinds.get(k.value());
    }

    /** Text columns of any length are one storage; every other type is only itself. */
    private static boolean sameStorage(FieldType kind, FieldType column) {
        Set<FieldType> text = Set.of(FieldType.STRING, FieldType.TEXT, FieldType.EMAIL);
        return kind == column || text.contains(kind) && text.contains(column);
    }

    /** The field declaration, e.g. {@code @MoneyField(maxDigits = 12, decimalPlaces = 2) public Money price;}. */
    static String declaration(ColumnDescription c, String field, boolean primaryKey, boolean unique, boolean indexed,
            Class<? extends Annotation> annotation, Set<String> imports) {
        FieldKind<?> kind = kind(annotation);
        imports.add(annotation.getCanonicalName());
        imports.add(kind.javaClass().getCanonicalName());
        List<String> args = new ArrayList<>();
        if (declares(annotation, "maxLength") && c.length() > 0 && c.type() == FieldType.STRING) {
            args.add("maxLength = " + c.length());
        }
        if (declares(annotation, "maxDigits") && c.type() == FieldType.DECIMAL) {
            args.add("maxDigits = " + c.precision());
            args.add("decimalPlaces = " + c.scale());
        }
        option(args, annotation, "nullable", c.nullable() && !primaryKey);
        option(args, annotation, "unique", unique && !primaryKey);
        option(args, annotation, "dbIndex", indexed && !unique && !primaryKey);
        option(args, annotation, "primaryKey", primaryKey);
        if (declares(annotation, "dbColumn") && !Naming.columnName(field, null).equals(c.name())) {
            args.add("dbColumn = " + Java.literal(c.name()));
        }
        return "@" + annotation.getSimpleName() + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")")
                + " public " + kind.javaClass().getSimpleName() + " " + field + ";";
    }

    private static void option(List<String> args, Class<? extends Annotation> annotation, String name, boolean set) {
        if (set && declares(annotation, name)) {
            args.add(name + " = true");
        }
    }

    private static boolean declares(Class<? extends Annotation> annotation, String element) {
        try {
            annotation.getMethod(element);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
