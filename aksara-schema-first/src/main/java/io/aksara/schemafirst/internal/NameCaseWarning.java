package io.aksara.schemafirst.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.RenderNameCase;

/**
 * The one warning an inspection gives about the case of names, on the database where case loses
 * a table. Aksara quotes a name with capitals and keeps its case, so PostgreSQL and MariaDB find
 * {@code "Album"}; but a database that folds the names Aksara writes to upper case (H2) cannot
 * reach a name that was created quoted with lower-case letters. One warning per schema names
 * them all, rather than one per table and column.
 */
public final class NameCaseWarning {
    private static final int SHOWN = 5;

    private NameCaseWarning() {}

    /** The warning for these tables of {@code schema}, or null when every name will be found. */
    public static String of(RenderNameCase folding, String schema, List<? extends Table<?>> tables) {
        if (folding != RenderNameCase.UPPER) {
            return null;
        }
        List<String> lost = new ArrayList<>();
        for (Table<?> t : tables) {
            if (hasLowerCase(t.getName())) {
                lost.add(t.getName());
            }
            for (Field<?> f : t.fields()) {
                if (hasLowerCase(f.getName())) {
                    lost.add(t.getName() + "." + f.getName());
                }
            }
        }
        if (lost.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", lost.subList(0, Math.min(SHOWN, lost.size())))
                + (lost.size() > SHOWN ? " and " + (lost.size() - SHOWN) + " more" : "");
        return "schema " + schema + " has names created quoted with lower-case letters (" + shown
                + "): this database folds the names Aksara writes to upper case, so the models will not find them;"
                + " rename them in upper case (or without quotes) before using the models here";
    }

    private static boolean hasLowerCase(String name) {
        return !name.equals(name.toUpperCase(Locale.ROOT));
    }
}
