package io.aksara.query;

import io.aksara.meta.FieldMeta;

/** One ORDER BY term: a field and its direction. */
public record OrderTerm(FieldMeta<?, ?> field, boolean descending) {
    public OrderTerm reversed() {
        return new OrderTerm(field, !descending);
    }
}
