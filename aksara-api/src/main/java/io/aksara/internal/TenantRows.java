package io.aksara.internal;

import io.aksara.Model;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.errors.TenantViolation;
import io.aksara.lookup.Lookups;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.query.Assignment;
import io.aksara.query.Combination;
import io.aksara.query.Expr;
import io.aksara.query.Filter;
import io.aksara.query.SelectQuery;
import io.aksara.tenancy.TenantScoped;
import io.aksara.tenancy.Tenants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The discriminator-column strategy of {@link TenantScoped} models: the filter every query on
 * such a model gets, the stamp every insert gets, and the checks that refuse a write crossing
 * tenants. For any other model each method returns its input, after one {@link ClassValue} read.
 * The tenant filter is an ordinary bound {@code Filter.Match} added to the query value, so the
 * plan cache keys it by shape and binds the tenant like any other value.
 */
public final class TenantRows {
    private static final ClassValue<String> FIELD_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            TenantScoped scoped = type.getAnnotation(TenantScoped.class);
            if (scoped != null) {
                inUse = true;
            }
            return scoped == null ? null : scoped.value();
        }
    };

    /**
     * Whether tenancy is in use in this application: a tenant-scoped model was seen or a tenant was
     * bound. Until then no query is searched for nested queries to restrict, so applications
     * without tenants pay nothing for it.
     */
    private static volatile boolean inUse;

    private TenantRows() {}

    /** Called when a tenant is bound: from then on nested queries are restricted too. */
    public static void noteInUse() {
        if (!inUse) {
            inUse = true;
        }
    }

    /** Whether any query must be searched for nested queries on tenant-scoped models. */
    public static boolean inUse() {
        return inUse;
    }

    /** Whether the model is {@link TenantScoped}. */
    public static boolean scoped(ModelMeta<?> meta) {
        return FIELD_NAMES.get(meta.type()) != null;
    }

    /** The tenant field of a scoped model; null for any other. */
    public static <M extends Model> FieldMeta<M, ?> field(ModelMeta<M> meta) {
        String name = FIELD_NAMES.get(meta.type());
        if (name == null) {
            return null;
        }
        FieldMeta<M, ?> f = meta.findField(name);
        if (f == null || f.isRelation()) {
            throw new FieldError("@TenantScoped(\"" + name + "\") on " + meta.name() + " names no column field of it; its"
                    + " fields are " + meta.fieldNames());
        }
        return f;
    }

    /** The bound tenant converted to the tenant field's type; NoTenantBound when there is none. */
    public static Object tenantValue(FieldMeta<?, ?> field) {
        String tenant = Tenants.current();
        Class<?> type = field.javaType();
        try {
            if (type == Long.class || type == long.class) {
                return Long.valueOf(tenant);
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(tenant);
            }
        } catch (NumberFormatException e) {
            throw new TenantViolation("Tenant '" + tenant + "' is not a number, but " + field.qualifiedName()
                    + " holds numeric tenant ids");
        }
        if (type != String.class) {
            throw new FieldError("The tenant field " + field.qualifiedName() + " must be a text or integer field, not "
                    + type.getSimpleName());
        }
        return tenant;
    }

    /**
     * The query restricted to the bound tenant's rows: its own rows when its model is scoped (each
     * operand of a combination too), and the rows of every query nested in it ({@code Subquery},
     * {@code Exists}, a QuerySet as an {@code __in} value) whose model is scoped, at any depth, so a
     * subquery cannot read another tenant's rows either.
     */
    public static <T extends Model> SelectQuery<T> restrict(SelectQuery<T> q) {
        return restrictOwn(inUse ? QueryRewrite.map(q, TenantRows::restrictNested) : q);
    }

    /**
     * The expressions a backend call carries beside its query (the columns of {@code values()},
     * the aggregates of {@code aggregate()}, the values of {@code update()}) with the queries
     * nested in them restricted as {@link #restrict} does; the list itself when tenancy is not in
     * use or nothing else is in it.
     */
    public static List<?> restrictNested(List<?> items) {
        if (!inUse) {
            return items;
        }
        List<Object> out = null; // made on the first expression: other lists (instances, raw parameters) pass as they are
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Object restricted = switch (item) {
                case Expr e -> QueryRewrite.map(e, TenantRows::restrictNested);
                case Assignment a when a.value() instanceof Expr e ->
                        new Assignment(a.field(), QueryRewrite.map(e, TenantRows::restrictNested));
                case null, default -> item;
            };
            if (restricted != item && out == null) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null) {
                out.add(restricted);
            }
        }
        return out == null ? items : out;
    }

    private static Expr restrictNested(Expr e) {
        return switch (e) {
            case Expr.Subquery s -> {
                SelectQuery<?> q = restrict(s.query());
                yield q == s.query() ? s : new Expr.Subquery(q, s.column());
            }
            case Expr.Scalar s -> {
                SelectQuery<?> q = restrict(s.query());
                yield q == s.query() ? s : new Expr.Scalar(q, s.column());
            }
            case Expr.Exists x -> {
                SelectQuery<?> q = restrict(x.query());
                yield q == x.query() ? x : new Expr.Exists(q);
            }
            default -> e;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Model> SelectQuery<T> restrictOwn(SelectQuery<T> q) {
        SelectQuery<T> out = q;
        if (q.combination() != null) {
            List<SelectQuery<?>> operands = new ArrayList<>();
            for (SelectQuery<?> operand : q.combination().operands()) {
                operands.add(restrict((SelectQuery) operand));
            }
            Combination c = q.combination();
            out = out.withCombination(new Combination(c.kind(), c.all(), operands));
        }
        FieldMeta<T, ?> field = field(q.model());
        if (field == null) {
            return out;
        }
        Filter own = new Filter.Match(field, Lookups.find(field, "exact"), tenantValue(field));
        Filter where = out.where();
        Filter restricted = where instanceof Filter.Everything ? own
                : where instanceof Filter.Chain chain ? new Filter.Chain(append(chain.calls(), own))
                : new Filter.And(List.of(where, own));
        return out.withWhere(restricted);
    }

    /**
     * Stamps an instance about to be inserted or saved with the bound tenant, refusing one that
     * already carries another tenant.
     */
    public static <M extends Model> void stamp(ModelMeta<M> meta, M instance) {
        FieldMeta<M, ?> field = field(meta);
        if (field == null) {
            return;
        }
        Object tenant = tenantValue(field);
        Object current = field.get(instance);
        if (current == null || (field.javaType().isPrimitive() && ((Number) current).longValue() == 0)) {
            field.setUnchecked(instance, tenant);
        } else if (!Objects.equals(String.valueOf(current), String.valueOf(tenant))) {
            throw new TenantViolation("This " + meta.name() + " belongs to tenant '" + current + "', not to the bound tenant '"
                    + tenant + "': " + field.qualifiedName() + " cannot be written across tenants");
        }
    }

    /**
     * Refuses foreign keys of the instances that name rows of another tenant: each distinct key
     * of a relation to a scoped model must be found among the bound tenant's rows (one count per
     * relation, before anything is written).
     */
    public static <M extends Model> void checkReferences(ModelMeta<M> meta, Collection<M> instances, String database) {
        if (!Tenants.isBound()) {
            return; // nothing to compare with: a scoped target's own query refuses the write
        }
        for (FieldMeta<M, ?> f : meta.fields()) {
            if (!f.isRelation() || !scoped(f.relatedMeta())) {
                continue;
            }
            Set<Object> ids = new LinkedHashSet<>();
            for (M instance : instances) {
                Object id = f.columnValue(instance);
                if (id != null) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            long found = QuerySet.of(f.relatedMeta()).using(database).filter("pk__in", List.copyOf(ids)).count();
            if (found != ids.size()) {
                throw new TenantViolation(meta.name() + "." + f.name() + " names a " + f.relatedMeta().name()
                        + " that is not a row of tenant '" + Tenants.current() + "' (keys " + ids + "): nothing was written");
            }
        }
    }

    /** {@link #stamp} for each instance of a bulk insert, then {@link #checkReferences} for all of them. */
    public static <M extends Model> void stampAll(ModelMeta<M> meta, List<M> instances, String database) {
        if (!scoped(meta)) {
            checkReferences(meta, instances, database);
            return;
        }
        for (M instance : instances) {
            stamp(meta, instance);
        }
        checkReferences(meta, instances, database);
    }

    /**
     * Refuses a bulk update unless every instance carries the bound tenant and every key is a
     * row of that tenant (one count).
     */
    public static <M extends Model> void requireOwnRows(ModelMeta<M> meta, List<M> instances, String database) {
        if (!scoped(meta)) {
            return;
        }
        Set<Object> keys = new LinkedHashSet<>();
        for (M instance : instances) {
            stamp(meta, instance);
            keys.add(meta.primaryKey().columnValue(instance));
        }
        long own = QuerySet.of(meta).using(database).filter("pk__in", List.copyOf(keys)).count();
        if (own != keys.size()) {
            throw new TenantViolation("bulkUpdate() names " + meta.name() + " rows that are not rows of tenant '"
                    + Tenants.current() + "' (keys " + keys + "): nothing was written");
        }
    }

    /**
     * Refuses an operation whose fields must include the tenant field: a conflict on a key that
     * leaves the tenant out could update another tenant's row.
     */
    public static <M extends Model> void requireTenantAmong(ModelMeta<M> meta, List<FieldMeta<M, ?>> fields, String what) {
        FieldMeta<M, ?> field = field(meta);
        if (field != null && !fields.contains(field)) {
            throw new TenantViolation(what + " on the tenant-scoped " + meta.name() + " must include its tenant field '"
                    + field.name() + "' (a unique constraint over it and the other fields), so a conflict is only ever"
                    + " with a row of the same tenant");
        }
    }

    /** The metadata of an instance's model. */
    @SuppressWarnings("unchecked")
    static <M extends Model> ModelMeta<M> metaOf(M instance) {
        return (ModelMeta<M>) ModelRegistry.metaOf(instance.getClass());
    }

    private static List<Filter> append(List<Filter> calls, Filter last) {
        List<Filter> out = new ArrayList<>(calls);
        out.add(last);
        return out;
    }
}
