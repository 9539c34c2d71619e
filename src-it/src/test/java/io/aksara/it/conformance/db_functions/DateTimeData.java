package io.aksara.it.conformance.db_functions;

import io.aksara.QuerySet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Django 6.0 tests/db_functions/datetime/test_extract_trunc.py: {@code DateFunctionTests.create_model}
 * and the two timestamps most of its tests start from. Django runs those tests with
 * {@code USE_TZ=False}; Aksara's timestamps are UTC, so the naive values are taken as UTC.
 */
final class DateTimeData {
    /** Django's {@code datetime(2015, 6, 15, 14, 30, 50, 321)}. */
    static final OffsetDateTime START = utc(2015, 6, 15, 14, 30, 50, 321);
    /** Django's {@code datetime(2016, 6, 15, 14, 10, 50, 123)}. */
    static final OffsetDateTime END = utc(2016, 6, 15, 14, 10, 50, 123);

    private DateTimeData() {}

    static OffsetDateTime utc(int year, int month, int day, int hour, int minute, int second, int micros) {
        return OffsetDateTime.of(year, month, day, hour, minute, second, micros * 1_000, ZoneOffset.UTC);
    }

    static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
        return utc(year, month, day, hour, minute, 0, 0);
    }

    /** Django's {@code create_model}: the date, time and duration fields follow from the two timestamps. */
    static DTModel createModel(OffsetDateTime start, OffsetDateTime end) {
        DTModel m = new DTModel();
        m.name = start == null ? "None" : start.toString();
        m.startDatetime = start;
        m.endDatetime = end;
        m.startDate = start == null ? null : start.toLocalDate();
        m.endDate = end == null ? null : end.toLocalDate();
        m.startTime = start == null ? null : start.toLocalTime();
        m.endTime = end == null ? null : end.toLocalTime();
        m.duration = start != null && end != null ? Duration.between(start, end) : null;
        m.save();
        return m;
    }

    /** The two rows most tests make: (START, END) and (END, START). */
    static void startAndEnd(OffsetDateTime start, OffsetDateTime end) {
        createModel(start, end);
        createModel(end, start);
    }

    /**
     * Django's {@code assertQuerySetEqual(qs, ..., lambda m: (m.start_datetime, m.<name>))}: the rows
     * ordered by {@code startDatetime}, each as its start (an instant, so any offset compares) and
     * the annotation.
     */
    static List<List<Object>> pairs(QuerySet<DTModel> qs, String annotation) {
        return qs.orderBy("startDatetime").fetch().stream()
                .map(m -> pair(m.startDatetime, m.annotations().get(annotation))).toList();
    }

    /** One expected row of {@link #pairs}; a timestamp value is compared as an instant too. */
    static List<Object> pair(OffsetDateTime start, Object value) {
        return Arrays.asList(start.toInstant(), value instanceof OffsetDateTime t ? t.toInstant() : value);
    }
}
