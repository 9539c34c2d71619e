package io.aksara.schema.changelog;

import io.aksara.schema.MigrationError;
import io.aksara.schema.diff.Operation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names new migrations: {@code 0001_initial}, {@code 0002_add_products_stock}, or a name the user
 * chose; the operations decide the name so the same change always gets the same name.
 */
public final class MigrationNames {
    private static final int MAX_WORDS = 50;

    private MigrationNames() {}

    /** The name of migration {@code number} with these operations, or with {@code chosen} when given. */
    public static String of(int number, List<Operation> operations, boolean initial, String chosen) {
        return String.format(Locale.ROOT, "%04d_%s", number, chosen != null ? checked(chosen) : words(operations, initial));
    }

    private static String words(List<Operation> operations, boolean initial) {
        if (initial) {
            return "initial";
        }
        if (operations.isEmpty()) {
            return "empty";
        }
        Set<String> hints = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.CreateTable c) {
                created.add(c.table());
            }
        }
        for (Operation op : operations) {
            boolean partOfCreate = !(op instanceof Operation.CreateTable) && created.contains(op.table());
            if (!partOfCreate) {
                hints.add(op.nameHint());
            }
        }
        String name = hints.iterator().next() + (hints.size() > 1 ? "_and_more" : "");
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.length() > MAX_WORDS ? name.substring(0, MAX_WORDS) : name;
    }

    private static String checked(String chosen) {
        if (!chosen.matches("[A-Za-z0-9_]+")) {
            throw new MigrationError("The migration name '" + chosen + "' may use only letters, digits and underscores.");
        }
        return chosen;
    }
}
