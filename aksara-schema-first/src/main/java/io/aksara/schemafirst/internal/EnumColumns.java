package io.aksara.schemafirst.internal;

import io.aksara.meta.FieldType;
import io.aksara.meta.Naming;
import io.aksara.schemafirst.ColumnDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The field of a PostgreSQL enum column: a nested Java enum whose constants are the type's
 * labels, as they are (an {@code @EnumField} stores a constant's name, so a label {@code happy}
 * is a constant {@code happy}), and an {@code @EnumField(dbType = "mood")} of it. Columns of the
 * same type share one enum.
 */
final class EnumColumns {
    private EnumColumns() {}

    /** The nested enum's name: the type's, as a class name ({@code mood} → {@code Mood}). */
    static String enumName(ColumnDescription c) {
        String type = c.dbType().substring(c.dbType().lastIndexOf('.') + 1);
        return Names.className(type);
    }

    /**
     * The declaration of the field, after the nested enum when no earlier column of the model
     * declared it ({@code declared} holds the enums the model has).
     */
    static String declaration(ColumnDescription c, String field, boolean unique, boolean indexed, Set<String> declared,
            Set<String> imports) {
        imports.add("io.aksara.fields.EnumField");
        String enumName = enumName(c);
        StringBuilder out = new StringBuilder();
        if (declared.add(enumName)) {
            out.append("/** The labels of the PostgreSQL enum type {@code ").append(c.dbType()).append("}. */\n    ")
                    .append("public enum ").append(enumName).append(" { ").append(String.join(", ", c.enumLabels()))
                    .append(" }\n\n    ");
        }
        List<String> args = new ArrayList<>();
        args.add("dbType = " + Java.literal(c.dbType()));
        if (c.nullable()) {
            args.add("nullable = true");
        }
        if (unique) {
            args.add("unique = true");
        } else if (indexed) {
            args.add("dbIndex = true");
        }
        if (!Naming.columnName(field, FieldType.STRING).equals(c.name())) {
            args.add("dbColumn = " + Java.literal(c.name()));
        }
        String initializer = c.defaultValue() == null ? "" : " = " + enumName + "." + c.defaultValue();
        return out.append("@EnumField(").append(String.join(", ", args)).append(") public ").append(enumName).append(' ')
                .append(field).append(initializer).append(';').toString();
    }
}
