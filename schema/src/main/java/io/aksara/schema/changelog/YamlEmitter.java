package io.aksara.schema.changelog;

import java.util.List;
import java.util.Map;

/**
 * Writes nested maps, lists and scalars as block-style YAML. Maps keep their insertion order and
 * every string is double-quoted, so the same tree always gives the same bytes (no timestamps, no
 * guessing of styles) and no value is misread as a number or boolean.
 */
final class YamlEmitter {
    private YamlEmitter() {}

    /** The YAML text of a map tree, ending with a newline. */
    static String write(Map<String, ?> root) {
        StringBuilder out = new StringBuilder();
        writeMap(root, 0, out, false);
        return out.toString();
    }

    private static void writeMap(Map<String, ?> map, int indent, StringBuilder out, boolean continuesLine) {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!(first && continuesLine)) {
                out.append(" ".repeat(indent));
            }
            first = false;
            out.append(e.getKey()).append(':');
            writeValue(e.getValue(), indent, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(Object value, int indent, StringBuilder out) {
        if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                writeMap((Map<String, ?>) m, indent + 2, out, false);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Object item : list) {
                out.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    writeMap((Map<String, ?>) m, indent + 4, out, true);
                } else {
                    out.append(scalar(item)).append('\n');
                }
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        String s = String.valueOf(value);
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
