package io.aksara.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lookup strings ({@code "ts__gte"}) split into their segments, kept by string: the string is
 * nearly always a constant in the caller's code, so a query built on every call would otherwise
 * split it (a list and a substring per segment) every time. Only well-formed strings are kept, so
 * a bad one is reported each time it is used; past {@link #MAX_STRINGS} strings (lookups built at
 * run time) further ones are split each time without being kept.
 */
public final class LookupPaths {
    static final int MAX_STRINGS = 4096;

    private static final Map<String, List<String>> BY_STRING = new ConcurrentHashMap<>();

    private LookupPaths() {}

    /**
     * The segments of a non-null lookup string, from the kept ones or by {@code splitter} (which
     * throws for a malformed string; its result must be immutable).
     */
    public static List<String> split(String lookup, Function<String, List<String>> splitter) {
        List<String> known = BY_STRING.get(lookup);
        if (known != null) {
            return known;
        }
        List<String> parts = splitter.apply(lookup);
        if (BY_STRING.size() < MAX_STRINGS) {
            BY_STRING.putIfAbsent(lookup, parts);
        }
        return parts;
    }
}
