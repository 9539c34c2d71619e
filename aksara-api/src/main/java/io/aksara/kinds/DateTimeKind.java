package io.aksara.kinds;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The kind of {@code @DateTimeField}: an {@link OffsetDateTime}, stored in UTC; an
 * {@code Instant} or {@code ZonedDateTime} is taken as the same instant, and text such as
 * {@code "2005-07-27 00:00:00"} (UTC when it has no offset) as the timestamp it names, as Django.
 */
public final class DateTimeKind extends BuiltInKind<OffsetDateTime> {
    /** The range of instants an {@code OffsetDateTime} in UTC holds ({@code Instant.MAX} is beyond it). */
    private static final long MAX_UTC_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
    private static final long MIN_UTC_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);

    public DateTimeKind() {
        super(FieldType.DATE_TIME, OffsetDateTime.class);
    }

    // values are bound in UTC: one that has no UTC OffsetDateTime (Instant.MAX, OffsetDateTime.MAX) is refused here
    @Override
    public Object toColumn(FieldMeta<?, ?> field, Object value) {
        return switch (value) {
            case OffsetDateTime odt when !inUtcRange(odt.toEpochSecond()) -> throw beyondUtc(field, value);
            case OffsetDateTime odt -> odt;
            case Instant i when !inUtcRange(i.getEpochSecond()) -> throw beyondUtc(field, value);
            case Instant i -> i.atOffset(ZoneOffset.UTC);
            case ZonedDateTime z when !inUtcRange(z.toEpochSecond()) -> throw beyondUtc(field, value);
            case ZonedDateTime z -> z.toOffsetDateTime();
            case String text when TemporalText.timestamp(text) != null -> toColumn(field, TemporalText.timestamp(text));
            default -> throw FieldError.wrongType(field, "an OffsetDateTime, ZonedDateTime, Instant or " + TemporalText.FORMS, value);
        };
    }

    @Override
    public Object parseDefault(String text) {
        return OffsetDateTime.parse(text.trim());
    }

    private static boolean inUtcRange(long epochSecond) {
        return epochSecond >= MIN_UTC_SECOND && epochSecond <= MAX_UTC_SECOND;
    }

    private static FieldError beyondUtc(FieldMeta<?, ?> field, Object value) {
        return FieldError.wrongType(field, "a date and time an OffsetDateTime can hold in UTC", value);
    }
}
