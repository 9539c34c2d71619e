package io.aksara.lookup;

import io.aksara.internal.NameRules;
import io.aksara.meta.FieldType;

/**
 * A step into a JSON document: {@code owner} in {@code "data__owner__email"}. Any segment after a
 * JSON field that is not a lookup is a key; keys chain, and the lookup at the end compares the
 * value found there (as text, or as a number when compared with a number).
 *
 * @param key the object key
 */
public record JsonKey(String key) implements Transform {
    /** Keys are bound parameters, never SQL text; {@link NameRules#jsonKey} refuses the few that cannot be keys. */
    public JsonKey {
        NameRules.jsonKey(key);
    }

    @Override
    public String lookupName() {
        return key;
    }

    @Override
    public boolean appliesTo(FieldType type) {
        return type == FieldType.JSON;
    }

    @Override
    public FieldType outputType(FieldType input) {
        return FieldType.JSON;
    }
}
