package io.aksara.kinds;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates and timestamps written as text, as Django takes them in lookups
 * ({@code pub_date__exact="2005-07-27 00:00:00"}): ISO-8601, with a space or a {@code T} between
 * date and time; a timestamp without an offset is UTC, the zone Aksara stores, and a date alone is
 * its midnight. The text is parsed, never put in SQL.
 */
final class TemporalText {
    /** What the error of a text that is none of these says is accepted. */
    static final String FORMS = "text such as 2005-07-27 or 2005-07-27 14:30:00";

    private TemporalText() {}

    /** The timestamp the text names, or null when it names none. */
    static OffsetDateTime timestamp(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeParseException notWithOffset) {
            // fall through to the forms without an offset
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            LocalDate d = date(t);
            return d == null ? null : d.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
    }

    /** The date the text names ({@code 2005-07-27}), or null when it names none. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
