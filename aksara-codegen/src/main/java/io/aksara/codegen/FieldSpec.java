package io.aksara.codegen;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One validated field of a model, as the metamodel writer needs it. Options hold the annotation's
 * values; the writer decides which of them differ from the runtime defaults and are emitted.
 *
 * @param element      the Java field, or the inherited {@code Model.id} for the implicit key
 * @param name         the Java field name
 * @param kindClass    the field kind's class ({@code io.aksara.kinds.AutoKind} for the implicit key)
 * @param path         the typed path class of its metamodel constant
 * @param valueType    the field's type as the metamodel sees it: boxed, or the declared {@code Ref<...>}
 * @param javaClass    the class whose literal is the field's {@code javaType} ({@code Ref} for relations); null for an array, whose literal is its valueType's
 * @param primitive    whether the Java field is a primitive
 * @param column       the column name
 * @param maxLength    the maximum length to emit, or null
 * @param maxDigits    decimals only, else null
 * @param choices      the allowed values as text; empty when unrestricted
 * @param explicitDefault the {@code @Default} text, or null
 * @param dbDefault    the {@code @DbDefault} SQL expression, or null
 * @param dbType       the column type migrations write instead of the kind's own ({@code dbType = "text"}), or null
 * @param relation     the foreign key target and rules, or null
 */
record FieldSpec(
        Element element,
        String name,
        TypeElement kindClass,
        PathKind path,
        TypeMirror valueType,
        TypeElement javaClass,
        boolean primitive,
        String column,
        boolean primaryKey,
        boolean nullable,
        boolean unique,
        boolean dbIndex,
        Integer maxLength,
        Integer maxDigits,
        Integer decimalPlaces,
        boolean autoNow,
        boolean autoNowAdd,
        boolean autoGenerate,
        List<String> choices,
        String explicitDefault,
        String dbDefault,
        String dbType,
        Relation relation) {

    /**
     * The target side of a foreign key.
     *
     * @param target      the target model class
     * @param onDelete    the name of the {@code OnDelete} constant
     * @param relatedName the reverse accessor name, or null for the runtime default
     * @param oneToOne    declared with {@code @OneToOne}: the column is unique and the reverse side is one instance
     * @param onDeleteValue the key text {@code OnDelete.SET} writes, or null
     * @param onUpdate    the name of the {@code OnUpdate} constant, or null
     * @param constraintName the declared name of the constraint, or null for Aksara's own
     */
    record Relation(TypeElement target, String onDelete, String relatedName, boolean oneToOne, String onDeleteValue,
            String onUpdate, List<String> compositeColumns, String constraintName) {}

    FieldSpec {
        choices = List.copyOf(choices);
    }
}
