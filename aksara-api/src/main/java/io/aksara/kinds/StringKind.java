package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @StringField}: a {@link String}. */
public final class StringKind extends TextualKind {
    public StringKind() {
        super(FieldType.STRING);
    }
}
