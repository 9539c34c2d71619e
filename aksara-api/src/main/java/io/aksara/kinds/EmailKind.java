package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @EmailField}: a {@link String}. */
public final class EmailKind extends TextualKind {
    public EmailKind() {
        super(FieldType.EMAIL);
    }
}
