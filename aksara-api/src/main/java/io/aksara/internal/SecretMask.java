package io.aksara.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords written into a JDBC URL, so a URL can be printed in a message, a log line or a
 * {@code toString}. Every place that shows a database URL goes through here.
 *
 * <p>What counts as a password: the part after {@code user:} in {@code scheme://user:pw@host}
 * (MySQL, MariaDB, PostgreSQL), and the value of any key ending in {@code password},
 * {@code passwd} or {@code pwd} (any case, e.g. {@code password}, {@code PASSWORD},
 * {@code sslpassword}, {@code trustStorePassword}) after {@code ?}, {@code &}, {@code ;} (H2),
 * or inside the {@code (host=..,password=..)} and {@code address=(..)(password=..)} host forms.
 *
 * <pre>{@code
 * SecretMask.url("jdbc:postgresql://db/shop?user=shop&password=s3cret");   // ...&password=****
 * SecretMask.url("jdbc:mysql://shop:s3cret@db:3306/shop");               // jdbc:mysql://shop:****@db:3306/shop
 * }</pre>
 */
public final class SecretMask {
    /** What a hidden password is shown as. */
    public static final String MASK = "****";
    /** Shorter secrets are not searched for as plain text: they would hide ordinary words. */
    private static final int SHORTEST_LITERAL = 3;

    private static final Pattern KEY = Pattern.compile("(?i)(?<=^|[?&;,(\\[\\s{'\"])[\\w.\\-]*(?:password|passwd|pwd)\\d*\\s*=");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-:]*://");

    private SecretMask() {}

    /** The URL with every password replaced by {@value #MASK}; null stays null. */
    public static String url(String url) {
        return url == null ? null : apply(url, spans(url, false));
    }

    /**
     * Any text (a driver's error message, a log line) with the passwords of URLs in it masked,
     * and every known secret replaced wherever it appears as plain text.
     */
    public static String text(String text, Set<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = apply(text, spans(text, true));
        for (String secret : secrets) {
            if (secret != null && secret.length() >= SHORTEST_LITERAL) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    /**
     * The secrets of a connection: the passwords written in its URL (as written and URL-decoded)
     * and the separately given password.
     */
    public static Set<String> secrets(String url, String password) {
        Set<String> out = new LinkedHashSet<>();
        if (url != null) {
            for (int[] span : spans(url, false)) {
                String raw = url.substring(span[0], span[1]);
                out.add(raw);
                try {
                    out.add(URLDecoder.decode(raw, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notEncoded) {
                    // a raw '%' in a password: the text as written is the secret
                }
            }
        }
        if (password != null && !password.isEmpty()) {
            out.add(password);
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * The throwable itself when no message in its chain shows a secret; otherwise a copy of the
     * chain whose messages are masked (each link keeps the original's class name and stack trace),
     * so the exception can be wrapped, logged and printed safely.
     */
    public static Throwable cause(Throwable t, Set<String> secrets) {
        boolean leaks = false;
        for (Throwable c = t; c != null && !leaks; c = c.getCause() == c ? null : c.getCause()) {
            String message = c.getMessage();
            leaks = message != null && !message.equals(text(message, secrets));
        }
        return leaks ? copy(t, secrets, 0) : t;
    }

    private static Throwable copy(Throwable t, Set<String> secrets, int depth) {
        Throwable cause = t.getCause() == null || t.getCause() == t || depth > 20 ? null : copy(t.getCause(), secrets, depth + 1);
        return new MaskedCause(t, text(t.getMessage(), secrets), cause);
    }

    /** The [start, end) ranges of every password in {@code s}. */
    private static List<int[]> spans(String s, boolean freeText) {
        List<int[]> out = new ArrayList<>();
        Matcher scheme = SCHEME.matcher(s);
        while (scheme.find()) {
            int[] userInfo = userInfoPassword(s, scheme.end(), freeText);
            if (userInfo != null) {
                out.add(userInfo);
            }
            if (!freeText) {
                break;
            }
        }
        Matcher key = KEY.matcher(s);
        while (key.find()) {
            int start = key.end();
            int end = valueEnd(s, start, key.start() == 0 ? ' ' : s.charAt(key.start() - 1), freeText);
            if (end > start) {
                out.add(new int[] {start, end});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** {@code user:pw@host}: the range of {@code pw}, up to the last '@' before the query or line. */
    private static int[] userInfoPassword(String s, int authorityStart, boolean freeText) {
        int end = s.length();
        for (int i = authorityStart; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || (freeText && (Character.isWhitespace(c) || c == '\'' || c == '"'))) {
                end = i;
                break;
            }
        }
        int at = s.lastIndexOf('@', end - 1);
        if (at < authorityStart) {
            return null;
        }
        int colon = s.indexOf(':', authorityStart);
        if (colon < 0 || colon >= at) {
            return null;
        }
        return new int[] {colon + 1, at};
    }

    /**
     * Where a value ends depends on how its key was introduced: a query value runs to the next
     * '&amp;' (a ';' or ',' may be part of it), an H2 setting to the next ';', a value in a
     * {@code (host=..,password=..)} group to the next ',' or ')'.
     */
    private static int valueEnd(String s, int start, char before, boolean freeText) {
        String stops = switch (before) {
            case '?', '&' -> "&#";
            case ';' -> ";";
            case '(', ',', '[' -> ",)]";
            default -> ",;&)}]";
        };
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (stops.indexOf(c) >= 0 || (freeText && (Character.isWhitespace(c) || c == '\'' || c == '"'))) {
                return i;
            }
        }
        return s.length();
    }

    private static String apply(String s, List<int[]> spans) {
        if (spans.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue; // overlapping ranges: the first one already hid this text
            }
            out.append(s, at, span[0]).append(MASK);
            at = span[1];
        }
        return out.append(s, at, s.length()).toString();
    }
}
