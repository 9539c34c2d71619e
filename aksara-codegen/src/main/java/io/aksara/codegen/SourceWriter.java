package io.aksara.codegen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A tiny line writer for generated Java: four-space indent levels, {@code \n} line ends on every
 * platform (so output is byte-for-byte stable), and string literal escaping.
 */
final class SourceWriter {
    private static final String INDENT = "    ";
    private final StringBuilder out = new StringBuilder();

    /** Writes one line at the given indent level. */
    SourceWriter line(int level, String text) {
        out.append(INDENT.repeat(level)).append(text).append('\n');
        return this;
    }

    /** Writes an empty line. */
    SourceWriter blank() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A Java string literal for the text, or {@code null}. */
    static String literal(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> {
                    if (c < 0x20) {
                        // an octal escape: a \\u escape would be translated before lexing and end the literal
                        s.append(String.format("\\%03o", (int) c));
                    } else if (c >= 0x7f) {
                        // keeps the generated file ASCII, whatever -encoding the build uses
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /** Comma-separated literals. */
    static String literals(List<String> texts) {
        return texts.stream().map(SourceWriter::literal).collect(Collectors.joining(", "));
    }
}
