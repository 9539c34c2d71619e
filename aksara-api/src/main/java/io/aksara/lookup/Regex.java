package io.aksara.lookup;

import io.aksara.errors.FieldError;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex} and {@code iregex}: matches a regular expression (the database's own dialect;
 * stick to the common subset: classes, anchors, alternation, quantifiers). The pattern is checked
 * with Java's parser first, so an unbalanced pattern fails before any SQL.
 */
final class Regex implements Lookup {
    private final boolean ignoreCase;

    Regex(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    @Override
    public String name() {
        return ignoreCase ? "iregex" : "regex";
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return Prepare.textual(type);
    }

    @Override
    public Object prepare(FieldMeta<?, ?> field, Object value) {
        Object pattern = Prepare.single(field, name(), value);
        try {
            Pattern.compile((String) pattern);
        } catch (PatternSyntaxException e) {
            throw new FieldError("Invalid regular expression for " + field.qualifiedName() + "__" + name() + ": "
                    + e.getDescription() + " in \"" + pattern + "\"");
        }
        return pattern;
    }
}
