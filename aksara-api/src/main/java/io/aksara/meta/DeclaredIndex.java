package io.aksara.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-column index or unique constraint as a model declares it ({@code @Meta(indexes)},
 * {@code uniqueTogether}): its name, if given, is checked when the model's metadata is built; its
 * field names become columns on first use ({@link #resolve}), since a foreign key to a composite
 * key stands for that key's columns, and the target's metadata may not exist yet.
 *
 * @param name   the declared name, or null/empty for Aksara's own ({@code uq_}/{@code ix_<table>_<columns>})
 * @param fields the Java field names, in index order
 * @param unique whether it is a unique constraint
 */
record DeclaredIndex(String name, List<String> fields, boolean unique) {
    private boolean named() {
        return name != null && !name.isEmpty();
    }

    /** Refuses a declared name that could not be written into DDL; {@code model} names it in the message. */
    void checkName(String model) {
        if (named()) {
            SqlNames.checkIdentifier(model + ": " + (unique ? "unique constraint" : "index") + " name", name);
        }
    }

    /** The index over the model's columns, named as declared or by Aksara's rule. */
    IndexMeta resolve(ModelMeta<?> model) {
        List<FieldMeta<?, ?>> columns = new ArrayList<>();
        for (String f : fields) {
            columns.addAll(model.columnsOf(model.field(f)));
        }
        String indexName = named() ? name
                : Naming.constraintName(unique ? "uq" : "ix", model.table(), columns.stream().map(FieldMeta::column).toList());
        return new IndexMeta(indexName, columns, unique);
    }
}
