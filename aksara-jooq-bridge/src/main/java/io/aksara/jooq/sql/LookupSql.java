package io.aksara.jooq.sql;

import io.aksara.errors.AksaraException;
import io.aksara.jooq.internal.BindTrace;
import io.aksara.jooq.internal.InListSql;
import io.aksara.jooq.internal.RegexPart;
import io.aksara.jooq.vendor.Vendor;
import io.aksara.lookup.Lookup;
import io.aksara.lookup.Lookups;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The SQL of each lookup, by lookup name: one small function per lookup, each producing exactly
 * one jOOQ condition. The API's {@link io.aksara.lookup.Lookup} checked and converted the value
 * already; here it is only placed into SQL, always as a bound parameter.
 *
 * <pre>{@code
 * LookupSql.register("ne", (column, value) -> column.ne(value));   // with a matching API Lookup
 * // SQL that differs by database: given the vendor of the database the statement is for
 * LookupSql.registerPerVendor("matches", (column, value, vendor) -> vendor.regexMatchIgnoringCase(column, DSL.val((String) value)));
 * }</pre>
 */
public final class LookupSql {
    /** Builds the condition for {@code column <lookup> value}; {@code value} is already a bind value. */
    @FunctionalInterface
    public interface Renderer {
        Condition render(Field<Object> column, Object value);

        /**
         * The condition on one database: Aksara lowers with the vendor of the open database the
         * statement is for. By default the same SQL on every database.
         */
        default Condition render(Field<Object> column, Object value, Vendor vendor) {
            return render(column, value);
        }
    }

    /**
     * A lookup's SQL that differs by database, for {@link #registerPerVendor}: it is given the
     * vendor of the open database the statement is for (the one that accepted its URL), so two
     * databases of one dialect family can each get their own SQL.
     */
    @FunctionalInterface
    public interface VendorRenderer extends Renderer {
        @Override
        Condition render(Field<Object> column, Object value, Vendor vendor);

        /** Without a database there is no vendor to ask: call {@link #render(Field, Object, Vendor)}. */
        @Override
        default Condition render(Field<Object> column, Object value) {
            throw new AksaraException("This lookup's SQL depends on the database; render it with a Vendor");
        }
    }

    /** The escape character of LIKE patterns; chosen over backslash, which MySQL treats specially in literals. */
    static final char ESCAPE = '!';

    private static final Map<String, Renderer> BY_NAME = new ConcurrentHashMap<>();

    /** The renderers that make their binds through {@link BindTrace}, so the plan cache learns a statement's binder from them. */
    private static final Set<Renderer> RECORDING = Collections.newSetFromMap(new ConcurrentHashMap<>());

    /** A lookup's own SQL template ({@link io.aksara.lookup.Lookup#sqlTemplate()}) with its value bound. */
    private record Template(String template) implements Renderer {
        @Override
        public Condition render(Field<Object> column, Object value) {
            return DSL.condition(template, column, param(column, value));
        }
    }

    static {
        register("exact", (c, v) -> c.eq(param(c, v)));
        register("iexact", (c, v) -> DSL.lower(c.coerce(String.class)).eq(DSL.lower(text(v))));
        register("contains", (c, v) -> c.like(BindTrace.pattern("%", v, "%"), ESCAPE));
        register("icontains", (c, v) -> c.likeIgnoreCase(BindTrace.pattern("%", v, "%"), ESCAPE));
        register("startswith", (c, v) -> c.like(BindTrace.pattern("", v, "%"), ESCAPE));
        register("istartswith", (c, v) -> c.likeIgnoreCase(BindTrace.pattern("", v, "%"), ESCAPE));
        register("endswith", (c, v) -> c.like(BindTrace.pattern("%", v, ""), ESCAPE));
        register("iendswith", (c, v) -> c.likeIgnoreCase(BindTrace.pattern("%", v, ""), ESCAPE));
        register("gt", (c, v) -> c.gt(param(c, v)));
        register("gte", (c, v) -> c.ge(param(c, v)));
        register("lt", (c, v) -> c.lt(param(c, v)));
        register("lte", (c, v) -> c.le(param(c, v)));
        register("in", (c, v) -> {
            if (v instanceof Select<?> subquery) {
                return c.in(subquery);
            }
            if (v instanceof InListSql.Values list) {
                return InListSql.condition(c, list); // per database: one bound array, or a list of binds
            }
            List<?> values = (List<?>) v;
            // an empty IN list is a syntax error in SQL; it matches nothing, as in Django
            return values.isEmpty() ? DSL.falseCondition() : c.in(values.stream().map(x -> param(c, x)).toList());
        });
        register("range", (c, v) -> {
            List<?> bounds = (List<?>) v;
            return c.between(param(c, bounds.get(0)), param(c, bounds.get(1)));
        });
        register("isnull", (c, v) -> Boolean.TRUE.equals(v) ? c.isNull() : c.isNotNull());
        register("regex", (c, v) -> c.likeRegex(BindTrace.text(v)));
        registerPerVendor("iregex", (c, v, vendor) -> RegexPart.condition(c, (String) v, vendor));
        RECORDING.addAll(BY_NAME.values());
    }

    private LookupSql() {}

    /** Adds or replaces the SQL of a lookup name. */
    public static void register(String lookupName, Renderer renderer) {
        BY_NAME.put(lookupName, renderer);
    }

    /**
     * Adds or replaces the SQL of a lookup name, as SQL that depends on the database's vendor.
     *
     * <pre>{@code
     * LookupSql.registerPerVendor("matches", (column, value, vendor) -> vendor.regexMatchIgnoringCase(column, DSL.val((String) value)));
     * }</pre>
     */
    public static void registerPerVendor(String lookupName, VendorRenderer renderer) {
        BY_NAME.put(lookupName, renderer);
    }

    /**
     * The SQL of a lookup: a registered renderer, or else the lookup's own template. A field kind's
     * own lookup is always its template, so it never takes the SQL of a shared lookup of the same name.
     */
    public static Renderer of(Lookup lookup) {
        boolean own = Lookups.isKindLookup(lookup);
        Renderer r = own ? null : BY_NAME.get(lookup.name());
        if (r == null && lookup.sqlTemplate() != null) {
            return new Template(lookup.sqlTemplate());
        }
        return of(lookup.name());
    }

    /**
     * Whether the renderer records where its binds come from: the built-in ones and templates. The
     * plan cache traces a statement with any other renderer by a second lowering with probe values.
     */
    public static boolean records(Renderer renderer) {
        return renderer instanceof Template || RECORDING.contains(renderer);
    }

    /** The SQL of a lookup registered here by name. */
    public static Renderer of(String lookupName) {
        Renderer r = BY_NAME.get(lookupName);
        if (r == null) {
            throw new AksaraException("Lookup '" + lookupName + "' is registered in the API but has no SQL; "
                    + "register it with LookupSql.register(\"" + lookupName + "\", ...)");
        }
        return r;
    }

    /** A bound value of the column's type, or the value itself when it is already an expression. */
    @SuppressWarnings("unchecked")
    private static Field<Object> param(Field<Object> column, Object value) {
        return value instanceof Field<?> f ? (Field<Object>) f : BindTrace.typed(value, column.getDataType());
    }

    @SuppressWarnings("unchecked")
    private static Field<String> text(Object value) {
        return value instanceof Field<?> f ? (Field<String>) f : BindTrace.text(value);
    }


    /** Makes %, _ and the escape character match themselves. */
    public static String escape(Object value) {
        String s = (String) value;
        if (!needsEscape(s)) {
            return s; // the usual value: nothing to escape, no copy
        }
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                return true;
            }
        }
        return false;
    }
}
