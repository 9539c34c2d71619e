package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.lookup.Transform;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.Duration;

/**
 * The kind of {@code @DurationField}: a {@link Duration}, an {@code interval} on PostgreSQL and a
 * count of microseconds elsewhere. The comparison lookups ({@code exact}, {@code gt}, {@code in},
 * {@code range}, {@code isnull}, ...) apply; the date transforms ({@code __year}, {@code __hour})
 * do not, as a duration has no calendar fields.
 */
public final class DurationKind extends BuiltInKind<Duration> {
    public DurationKind() {
        super(FieldType.DURATION, Duration.class);
    }

    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        if (value instanceof Duration) {
            return value;
        }
        throw FieldError.wrongType(field, "a Duration", value);
    }

    /** ISO-8601, as {@link Duration#parse} reads it: {@code PT1H30M}, {@code P2DT3H}. */
    @Override
    public Object parseDefault(String text) {
        return Duration.parse(text.trim());
    }

    @Override
    public boolean appliesShared(Transform transform) {
        return false;
    }
}
