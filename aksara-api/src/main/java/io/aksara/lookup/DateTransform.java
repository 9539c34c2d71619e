package io.aksara.lookup;

import io.aksara.meta.FieldType;
import java.util.Locale;

/**
 * The date and time transforms, with Django's meanings. Timestamps are taken in UTC, the zone
 * Aksara stores them in.
 *
 * <pre>{@code
 * Event.objects.filter("startsAt__year", 2026, "startsAt__week_day", 2);   // Mondays of 2026
 * }</pre>
 */
public enum DateTransform implements Transform {
    /** The date part of a timestamp. */
    DATE(FieldType.DATE, true, false),
    YEAR(FieldType.INTEGER, true, false),
    /** The ISO-8601 week-numbering year. */
    ISO_YEAR(FieldType.INTEGER, true, false),
    /** 1 to 4. */
    QUARTER(FieldType.INTEGER, true, false),
    MONTH(FieldType.INTEGER, true, false),
    DAY(FieldType.INTEGER, true, false),
    /** The ISO-8601 week number, 1 to 53. */
    WEEK(FieldType.INTEGER, true, false),
    /** 1 (Sunday) to 7 (Saturday), as Django. */
    WEEK_DAY(FieldType.INTEGER, true, false),
    /** 1 (Monday) to 7 (Sunday). */
    ISO_WEEK_DAY(FieldType.INTEGER, true, false),
    /** The time part of a timestamp. */
    TIME(FieldType.TIME, false, true),
    HOUR(FieldType.INTEGER, false, true),
    MINUTE(FieldType.INTEGER, false, true),
    SECOND(FieldType.INTEGER, false, true);

    private final FieldType output;
    private final boolean datePart;
    private final boolean timePart;

    DateTransform(FieldType output, boolean datePart, boolean timePart) {
        this.output = output;
        this.datePart = datePart;
        this.timePart = timePart;
    }

    @Override
    public String lookupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return type == FieldType.DATE_TIME || type == FieldType.LOCAL_DATE_TIME
                || (datePart && type == FieldType.DATE && this != DATE)
                || (timePart && type == FieldType.TIME && this != TIME);
    }

    @Override
    public FieldType outputType(FieldType input) {
        return output;
    }
}
