package io.aksara.schemafirst.internal;

import io.aksara.meta.Naming;
import io.aksara.schemafirst.ForeignKeyDescription;
import io.aksara.schemafirst.KeyDescription;
import io.aksara.schemafirst.TableDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composite primary keys as inspectdb writes them: the {@code @Meta(primaryKey = ...)} of a table
 * keyed by several columns, and the many-to-many relations of link tables. A link table is the
 * common legacy shape: its primary key is exactly two columns, each a single-column foreign key to
 * another generated table's key; it becomes the through model of a {@code @ManyToMany} on the
 * model of its first key column's table.
 */
final class LinkTables {
    private LinkTables() {}

    /** A many-to-many relation to declare on a model: through which table, to which table. */
    record Link(String throughTable, String targetTable) {}

    /** Whether the table's primary key has several columns. */
    static boolean composite(TableDescription t) {
        return t.primaryKey() != null && t.primaryKey().columns().size() > 1;
    }

    /** The link tables whose first key column points to {@code source}, in table order. */
    static List<Link> from(TableDescription source, Map<String, TableDescription> tables, Map<String, String> classNames,
            List<String> warnings) {
        List<Link> out = new ArrayList<>();
        for (TableDescription t : tables.values()) {
            if (!classNames.containsKey(t.name()) || !composite(t) || t.primaryKey().columns().size() != 2) {
                continue;
            }
            Optional<ForeignKeyDescription> first = keyReference(t, t.primaryKey().columns().get(0), tables, classNames);
            Optional<ForeignKeyDescription> second = keyReference(t, t.primaryKey().columns().get(1), tables, classNames);
            if (first.isEmpty() || second.isEmpty() || !first.get().targetTable().equals(source.name())) {
                continue;
            }
            if (first.get().targetTable().equals(second.get().targetTable())) {
                warnings.add("the link table " + t.name() + " joins " + source.name() + " to itself; it stays a model "
                        + "of its own, without a many-to-many field (declare one with throughFields if you need it)");
                continue;
            }
            out.add(new Link(t.name(), second.get().targetTable()));
        }
        return out;
    }

    /** The single-column foreign key on this column to a generated table's single-column key. */
    private static Optional<ForeignKeyDescription> keyReference(TableDescription t, String column,
            Map<String, TableDescription> tables, Map<String, String> classNames) {
        return t.foreignKeys().stream()
                .filter(fk -> fk.columns().equals(List.of(column)) && classNames.containsKey(fk.targetTable()))
                .filter(fk -> {
                    KeyDescription targetKey = tables.get(fk.targetTable()).primaryKey();
                    return targetKey.columns().size() == 1 && targetKey.columns().equals(fk.targetColumns());
                })
                .findFirst();
    }

    /** The declaration of a many-to-many field through a link table. */
    static String declaration(Link link, String field, Map<String, String> classNames) {
        return "@ManyToMany(through = " + classNames.get(link.throughTable()) + ".class) public Many<"
                + classNames.get(link.targetTable()) + "> " + field + ";";
    }

    /** The field name of a many-to-many to this class: its plural, in lower camel case. */
    static String fieldName(String targetClass) {
        return Naming.plural(Character.toLowerCase(targetClass.charAt(0)) + targetClass.substring(1));
    }
}
