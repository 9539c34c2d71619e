package io.aksara.kinds;

import io.aksara.meta.FieldType;

/** The kind of {@code @TextField}: a {@link String}. */
public final class TextKind extends TextualKind {
    public TextKind() {
        super(FieldType.TEXT);
    }
}
