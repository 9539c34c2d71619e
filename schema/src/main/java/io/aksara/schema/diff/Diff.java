package io.aksara.schema.diff;

import java.util.List;

/**
 * What the {@link Autodetector} found.
 *
 * @param operations      the changes, in the order to apply them
 * @param possibleRenames renames it saw but did not assume ({@code products.title → products.name}),
 *                        to mention to the user
 */
public record Diff(List<Operation> operations, List<String> possibleRenames) {
    public Diff {
        operations = List.copyOf(operations);
        possibleRenames = List.copyOf(possibleRenames);
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }
}
