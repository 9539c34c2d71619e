package io.aksara.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for JSON fields, so the API needs no JSON library. Objects
 * become {@link LinkedHashMap}s (key order kept), arrays {@link ArrayList}s, whole numbers
 * {@code Long} (or {@code BigDecimal} when too large), other numbers {@code BigDecimal}.
 */
public final class Json {
    private Json() {}

    /**
     * JSON text of a value made of maps (string keys), collections, strings, numbers, booleans and
     * nulls.
     *
     * @throws IllegalArgumentException naming where in the value the problem is: a map or list
     *         that contains itself, a value of another type, a non-finite number, or a string that
     *         no supported database stores (a NUL character, an unpaired surrogate)
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, Walk.ROOT, new IdentityHashMap<>(8));
        return out.toString();
    }

    /**
     * Where the writer is inside the value, for error messages ({@code $.tags[2]}): a key, or an
     * index when the key is null. The text is made only when there is an error to report.
     */
    private record Walk(Walk parent, String key, int index) {
        static final Walk ROOT = new Walk(null, null, -1);

        Walk into(String next) {
            return new Walk(this, next, -1);
        }

        Walk into(int next) {
            return new Walk(this, null, next);
        }

        String path() {
            if (parent == null) {
                return "$";
            }
            return parent.path() + (key != null ? "." + key : "[" + index + "]");
        }
    }

    private static void write(Object v, StringBuilder out, Walk at, IdentityHashMap<Object, Boolean> open) {
        switch (v) {
            case null -> out.append("null");
            case String s -> string(s, out, at);
            case Character c -> string(c.toString(), out, at);
            case Boolean b -> out.append(b);
            case BigDecimal d -> out.append(d.toPlainString());
            case Double d when !Double.isFinite(d) -> throw problem(at, "JSON has no " + d + " (only finite numbers)");
            case Float f when !Float.isFinite(f) -> throw problem(at, "JSON has no " + f + " (only finite numbers)");
            case Number n -> out.append(n);
            case Map<?, ?> m -> {
                enter(m, at, open);
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw problem(at, "JSON object keys must be strings, got " + describe(e.getKey()));
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    Walk child = at.into(key);
                    string(key, out, child);
                    out.append(':');
                    write(e.getValue(), out, child, open);
                }
                out.append('}');
                open.remove(m);
            }
            case Collection<?> c -> {
                enter(c, at, open);
                out.append('[');
                int i = 0;
                for (Object o : c) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(o, out, at.into(i), open);
                    i++;
                }
                out.append(']');
                open.remove(c);
            }
            default -> throw problem(at, "cannot write a " + v.getClass().getSimpleName() + " as JSON; use maps with string keys, "
                    + "lists, strings, numbers, booleans and null");
        }
    }

    /** A container already open on the way down is a cycle: writing it would never end. */
    private static void enter(Object container, Walk at, IdentityHashMap<Object, Boolean> open) {
        if (open.put(container, Boolean.TRUE) != null) {
            throw problem(at, "the " + (container instanceof Map ? "map" : "list") + " contains itself, so it has no JSON text");
        }
    }

    private static IllegalArgumentException problem(Walk at, String what) {
        return new IllegalArgumentException("at " + at.path() + ": " + what);
    }

    private static String describe(Object o) {
        return o == null ? "null" : o.getClass().getSimpleName() + " " + o;
    }

    private static void string(String s, StringBuilder out, Walk at) {
        String bad = TextRules.problem(s);
        if (bad != null) {
            throw problem(at, bad);
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses JSON text. */
    public static Object parse(String text) {
        Parser p = new Parser(text);
        Object v = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek('}')) {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                m.put(key, value());
                skipSpace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek(']')) {
                pos++;
                return l;
            }
            while (true) {
                l.add(value());
                skipSpace();
                if (peek(',')) {
                    pos++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            throw error("unterminated string");
        }

        private Object number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String n = s.substring(start, pos);
            if (n.isEmpty()) {
                throw error("unexpected character '" + s.charAt(pos) + "'");
            }
            BigDecimal d = new BigDecimal(n);
            if (n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException tooBig) {
                    return d;
                }
            }
            return d;
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("expected " + word);
            }
            pos += word.length();
            return value;
        }

        private boolean peek(char c) {
            return pos < s.length() && s.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Invalid JSON at position " + pos + ": " + what);
        }
    }
}
