package io.aksara.codegen;

import io.aksara.meta.Naming;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A validated model, ready to be written as a metamodel class.
 *
 * @param element           the model class
 * @param binaryName        its binary name ({@code shop.Demo$Product}), as listed in the index
 * @param packageName       the package of the model and of its metamodel; empty for the unnamed package
 * @param metamodelName     the simple name of the metamodel class ({@code Demo_Product_})
 * @param table             the table name
 * @param ordering          the default ordering, as written
 * @param indexes           unique constraints and indexes over several fields, in declaration order
 * @param fields            all fields, primary key included; the implicit {@code id} first
 * @param compositeKey      the fields of a composite primary key in key order; empty for a single-field key
 * @param generatedAnnotation whether {@code @javax.annotation.processing.Generated} can be used
 * @param suppressions      the warnings the metamodel must suppress (using deprecated models or fields)
 * @param manyToMany        the {@code @ManyToMany} fields, in declaration order
 * @param proxyFor          the model a proxy extends ({@code @Meta(proxy = true)}); null for any other model
 * @param parentLink        the link of a multi-table child to its concrete parent; null for any other model
 */
record ModelSpec(
        TypeElement element,
        String binaryName,
        String packageName,
        String metamodelName,
        String table,
        List<String> ordering,
        List<IndexSpec> indexes,
        List<FieldSpec> fields,
        List<String> compositeKey,
        boolean generatedAnnotation,
        Set<String> suppressions,
        List<ManyToManySpec> manyToMany,
        TypeElement proxyFor,
        ParentLink parentLink) {

    /**
     * A {@code @Meta.Unique} or {@code @Meta.Index}.
     *
     * @param name   the explicit name, or null for the generated one
     * @param fields the field names as written
     * @param unique true for a unique constraint
     */
    record IndexSpec(String name, List<String> fields, boolean unique) {
        IndexSpec {
            fields = List.copyOf(fields);
        }
    }

    ModelSpec {
        ordering = List.copyOf(ordering);
        indexes = List.copyOf(indexes);
        fields = List.copyOf(fields);
        compositeKey = List.copyOf(compositeKey);
        suppressions = Set.copyOf(suppressions);
        manyToMany = List.copyOf(manyToMany);
    }

    /** The table of a generated through model: {@code dbTable}, or {@code <table>_<snake_case field>}. */
    String throughTable(ManyToManySpec m) {
        if (m.dbTable() != null) {
            return m.dbTable();
        }
        String full = table + "_" + Naming.snakeCase(m.name());
        return Naming.shortened(full);
    }

    /** The qualified name of the metamodel class, for the Filer. */
    String metamodelQualifiedName() {
        return packageName.isEmpty() ? metamodelName : packageName + "." + metamodelName;
    }
}
