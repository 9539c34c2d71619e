package io.aksara.query;

import io.aksara.meta.FieldMeta;

/**
 * {@code SET column = value} in a QuerySet update; the value is converted for the column, or is
 * an {@link Expr} computed by the database ({@code F.of("stock").minus(1)}).
 */
public record Assignment(FieldMeta<?, ?> field, Object value) {}
