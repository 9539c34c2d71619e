package io.aksara.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: flags ({@code --dry-run}), options with a value
 * ({@code --name add_stock} or {@code --name=add_stock}, possibly repeated) and positional words.
 * Anything not declared by the command is rejected by the command line before the command runs.
 *
 * <pre>{@code
 * Arguments a = Arguments.of(Set.of("--check"), Map.of("--name", List.of("x")), List.of());
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
        this.values = Map.copyOf(values);
        this.positional = List.copyOf(positional);
    }

    /** The arguments of one command, as the command line parsed them. */
    public static Arguments of(Set<String> flags, Map<String, List<String>> values, List<String> positional) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, given) -> copy.put(name, List.copyOf(given)));
        return new Arguments(flags, copy, positional);
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
