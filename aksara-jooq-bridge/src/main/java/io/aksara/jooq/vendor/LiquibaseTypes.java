package io.aksara.jooq.vendor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The changelog type properties every vendor defines, in the order the master changelog lists them. */
public final class LiquibaseTypes {
    /** Unbounded bytes ({@code byte[]} fields without a maxLength). */
    public static final String BINARY = "aksara.binary";
    /** A column collation suffix for strings (binary on MySQL, so comparisons are case-sensitive). */
    public static final String COLLATE = "aksara.collate";
    public static final String DATETIME = "aksara.datetime";
    /** A length of time ({@code Duration} fields): an interval on PostgreSQL, microseconds elsewhere. */
    public static final String DURATION = "aksara.duration";
    public static final String JSON = "aksara.json";
    /** A timestamp without time zone ({@code LocalDateTime} fields). */
    public static final String LOCAL_DATETIME = "aksara.localdatetime";
    public static final String TEXT = "aksara.text";
    public static final String UUID = "aksara.uuid";

    private LiquibaseTypes() {}

    /**
     * The properties, in order; the duration is {@code BIGINT} microseconds, which a vendor with an
     * interval type replaces ({@code put(DURATION, "INTERVAL")}).
     */
    public static Map<String, String> of(String binary, String collate, String datetime, String json, String localDatetime, String text,
            String uuid) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BINARY, binary);
        m.put(COLLATE, collate);
        m.put(DATETIME, datetime);
        m.put(DURATION, "BIGINT");
        m.put(JSON, json);
        m.put(LOCAL_DATETIME, localDatetime);
        m.put(TEXT, text);
        m.put(UUID, uuid);
        return m;
    }
}
