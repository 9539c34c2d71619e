package io.aksara.query;

import io.aksara.meta.FieldMeta;

/** {@code SET column = value} in a QuerySet update; the value is already converted for the column. */
public record Assignment(FieldMeta<?, ?> field, Object value) {}
