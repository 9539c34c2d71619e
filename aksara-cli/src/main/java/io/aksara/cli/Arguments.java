package io.aksara.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: flags ({@code --dry-run}), options with a value
 * ({@code --name add_stock} or {@code --name=add_stock}, possibly repeated) and positional words.
 * Anything not declared by the command is a {@link UsageError}.
 *
 * <pre>{@code
 * Arguments a = Arguments.parse(List.of("--name", "x", "--check"), Set.of("--check"), Set.of("--name"));
 * a.flag("--check");     // true
 * a.value("--name");     // "x"
 * }</pre>
 */
public final class Arguments {
    private final Set<String> flags;
    private final Map<String, List<String>> values;
    private final List<String> positional;

    private Arguments(Set<String> flags, Map<String, List<String>> values, List<String> positional) {
        this.flags = Set.copyOf(flags);
        this.values = values;
        this.positional = List.copyOf(positional);
    }

    /** Parses {@code args} given the flags and the options with values the command knows. */
    public static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions) {
        java.util.HashSet<String> flags = new java.util.HashSet<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                positional.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            if (knownFlags.contains(name) && eq < 0) {
                flags.add(name);
            } else if (knownOptions.contains(name)) {
                String value;
                if (eq > 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageError(name + " needs a value");
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                List<String> known = new ArrayList<>(knownFlags);
                known.addAll(knownOptions);
                known.sort(null);
                throw new UsageError("Unknown option " + a + (known.isEmpty() ? "" : ". Options: " + String.join(", ", known)));
            }
        }
        return new Arguments(flags, values, positional);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The last value of an option, or null. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.getLast();
    }

    /** Every value of a repeatable option. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    public List<String> positional() {
        return positional;
    }
}
