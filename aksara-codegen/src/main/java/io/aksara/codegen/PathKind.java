package io.aksara.codegen;

import io.aksara.metamodel.BooleanPath;
import io.aksara.metamodel.ComparablePath;
import io.aksara.metamodel.FieldPath;
import io.aksara.metamodel.JsonPath;
import io.aksara.metamodel.NumberPath;
import io.aksara.metamodel.RefPath;
import io.aksara.metamodel.StringPath;

/** The typed path class a metamodel constant uses, and which type arguments it takes after the model. */
enum PathKind {
    /** {@code StringPath<M>}. */
    STRING(StringPath.class, Argument.NONE),
    /** {@code NumberPath<M, Boxed>}. */
    NUMBER(NumberPath.class, Argument.VALUE),
    /** {@code BooleanPath<M>}. */
    BOOLEAN(BooleanPath.class, Argument.NONE),
    /** {@code ComparablePath<M, T>}. */
    COMPARABLE(ComparablePath.class, Argument.VALUE),
    /** {@code FieldPath<M, T>}: equality and membership only (an enum). */
    FIELD(FieldPath.class, Argument.VALUE),
    /** {@code RefPath<M, Target>}. */
    REF(RefPath.class, Argument.TARGET),

    JSON(JsonPath.class, Argument.NONE);

    /** What follows the model in the path's type arguments. */
    enum Argument { NONE, VALUE, TARGET }

    private final Class<?> type;
    private final Argument argument;

    PathKind(Class<?> type, Argument argument) {
        this.type = type;
        this.argument = argument;
    }

    /** The canonical name of the path class, for imports. */
    String className() {
        return type.getCanonicalName();
    }

    String simpleName() {
        return type.getSimpleName();
    }

    Argument argument() {
        return argument;
    }
}
