package io.aksara.schema.lint;

import java.util.List;

/**
 * The rules the linter runs, in the order findings are listed.
 *
 * <pre>{@code
 * LintRules.standard().stream().map(LintRule::id).toList();
 * }</pre>
 */
public final class LintRules {
    private LintRules() {}

    /** Every built-in rule. */
    public static List<LintRule> standard() {
        return List.of(new RequiredColumnRule(), new VolatileDefaultRule(), new SetNotNullRule(), new TypeChangeRule(),
                new IndexRule(), new ForeignKeyRule(), new DropColumnRule(), new DropTableRule(), new RenameColumnRule(),
                new RenameTableRule());
    }
}
