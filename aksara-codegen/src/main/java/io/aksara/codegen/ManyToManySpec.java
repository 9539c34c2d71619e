package io.aksara.codegen;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * One validated {@code @ManyToMany} field of a model.
 *
 * @param element      the Java field
 * @param name         the Java field name
 * @param target       the target model
 * @param through      the user's through model, or null when Aksara generates one
 * @param autoThrough  the simple name of the generated through model ({@code Post_tags}), or null
 * @param sourceField  the through model's foreign key to the declaring model
 * @param targetField  the through model's foreign key to the target
 * @param symmetrical  whether links go both ways (a relation of a model to itself)
 * @param relatedName  the reverse name in lookups, or null for the runtime default
 * @param dbTable      the explicit table of the generated through model, or null
 */
record ManyToManySpec(
        VariableElement element,
        String name,
        TypeElement target,
        TypeElement through,
        String autoThrough,
        String sourceField,
        String targetField,
        boolean symmetrical,
        String relatedName,
        String dbTable) {

    boolean autoCreated() {
        return through == null;
    }
}
