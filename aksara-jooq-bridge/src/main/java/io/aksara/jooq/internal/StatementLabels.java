package io.aksara.jooq.internal;

import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operation and model of a rendered statement, for metric tags and trace names: the first
 * keyword, and the model whose table follows FROM (outside parentheses), INTO or UPDATE. The SQL
 * is Aksara's own rendering (or a raw query's), and the result is only ever a label: a table no
 * model has is named as it is, and SQL that cannot be read is {@code none}.
 */
final class StatementLabels {
    record Label(String operation, String model) {}

    /** Table name (lower case) to model name, for the models loaded so far. */
    private static final Map<String, String> MODELS = new ConcurrentHashMap<>();
    private static volatile int known = -1;

    private StatementLabels() {}

    static Label of(String sql) {
        String text = sql.stripLeading();
        String operation = firstWord(text);
        if (operation.equals("explain")) {
            return new Label("explain", model(tableOf(text.substring(7).stripLeading(), firstWord(text.substring(7).stripLeading()))));
        }
        return new Label(operation.isEmpty() ? "none" : operation, model(tableOf(text, operation)));
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String tableOf(String text, String operation) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (operation) {
            case "insert" -> nameAfter(text, lower.indexOf(" into ") + 6, lower.indexOf(" into "));
            case "update" -> nameAfter(text, 6, 0);
            case "select", "with", "delete" -> {
                int from = topLevelFrom(lower);
                String name = nameAfter(text, from + 6, from);
                int open = from < 0 ? -1 : text.indexOf('(', from);
                if ("".equals(name) && open >= 0) { // select count(*) from (select ... from products ...) counted
                    String inner = text.substring(open + 1).stripLeading();
                    yield tableOf(inner, firstWord(inner));
                }
                yield name;
            }
            default -> null;
        };
    }

    /** The first {@code " from "} not inside parentheses (a subquery in the select list has its own). */
    private static int topLevelFrom(String lower) {
        int depth = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ' ' && lower.startsWith(" from ", i)) {
                return i;
            }
        }
        return -1;
    }

    private static String nameAfter(String text, int start, int found) {
        if (found < 0 || start >= text.length()) {
            return null;
        }
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int end = i;
        char quote = 0; // a quoted name ("unit price", `Order Items`) may hold spaces
        while (end < text.length() && (quote != 0 || " ,()\n\t".indexOf(text.charAt(end)) < 0)) {
            char c = text.charAt(end);
            if (c == '"' || c == '`') {
                quote = quote == 0 ? c : quote == c ? 0 : quote;
            }
            end++;
        }
        String name = text.substring(i, end).replace("\"", "").replace("`", "");
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String model(String table) {
        if (table == null || table.isEmpty()) {
            return "none";
        }
        String model = MODELS.get(table);
        if (model == null && known != ModelRegistry.registered().size()) {
            refresh();
            model = MODELS.get(table);
        }
        return model != null ? model : table;
    }

    private static synchronized void refresh() {
        var all = ModelRegistry.registered();
        for (ModelMeta<?> meta : all) {
            MODELS.putIfAbsent(meta.table().toLowerCase(Locale.ROOT), meta.name());
        }
        known = all.size();
    }
}
