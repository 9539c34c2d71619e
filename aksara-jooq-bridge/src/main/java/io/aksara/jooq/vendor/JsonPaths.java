package io.aksara.jooq.vendor;

import java.util.List;

/** JSON path texts for the databases that take one ({@code json_extract}). */
public final class JsonPaths {
    private JsonPaths() {}

    /**
     * {@code $."owner"."email"}: each key quoted, so dots and spaces in keys are just characters.
     * Bound as a parameter, never written into the SQL.
     */
    public static String quoted(List<String> keys) {
        StringBuilder p = new StringBuilder("$");
        for (String k : keys) {
            p.append(".\"").append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return p.toString();
    }
}
