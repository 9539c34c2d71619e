package io.aksara.internal;

import io.aksara.Aksara;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.errors.RelationNotAllowed;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.ModelMeta;
import io.aksara.query.SelectQuery;
import io.aksara.routing.QueryRouter;
import io.aksara.routing.Router;
import java.util.List;
import java.util.Objects;

/**
 * Where an operation goes when the code named no database: asks the configured routers in order,
 * then falls back to the instance's own database, then to the default. With no routers configured
 * every method answers exactly what Aksara did before routers existed (null: the default), so an
 * application without routers pays one volatile read per statement.
 */
public final class Routing {
    private static volatile List<Router> routers = List.of();

    private Routing() {}

    /** Replaces the configured routers (an empty list turns routing off). */
    public static void configure(List<Router> list) {
        routers = List.copyOf(list.stream().map(r -> Objects.requireNonNull(r, "router")).toList());
    }

    public static List<Router> routers() {
        return routers;
    }

    /** The alias to read {@code model} from: the routers' choice, else the instance's database, else null (default). */
    public static String read(Class<? extends Model> model, Model instance) {
        for (Router r : routers) {
            String alias = r.dbForRead(model, instance);
            if (alias != null) {
                return alias;
            }
        }
        return instance == null ? null : ModelInternals.database(instance);
    }

    /** The alias to write {@code model} to: the routers' choice, else the instance's database, else null (default). */
    public static String write(Class<? extends Model> model, Model instance) {
        for (Router r : routers) {
            String alias = r.dbForWrite(model, instance);
            if (alias != null) {
                return alias;
            }
        }
        return instance == null ? null : ModelInternals.database(instance);
    }

    /** {@code explicit} when the code said {@code using(...)}, else the routed read alias. */
    public static String forRead(String explicit, Class<? extends Model> model) {
        return explicit != null || routers.isEmpty() ? explicit : read(model, null);
    }

    /** {@code explicit} when the code said {@code using(...)}, else the routed write alias. */
    public static String forWrite(String explicit, Class<? extends Model> model) {
        ReadOnlyModels.refuseWrites(model);
        return explicit != null || routers.isEmpty() ? explicit : write(model, null);
    }

    /**
     * {@code explicit} when the code said {@code using(...)}, else the routed alias for this
     * QuerySet operation: a {@link QueryRouter} may answer from the query (a shard key in its
     * filter) before each router is asked about the model.
     */
    public static String forQuery(String explicit, SelectQuery<?> query, boolean write) {
        if (write) {
            ReadOnlyModels.refuseWrites(query.model().type());
        }
        if (explicit != null || routers.isEmpty()) {
            return explicit;
        }
        Class<? extends Model> model = query.model().type();
        for (Router r : routers) {
            String alias = r instanceof QueryRouter q ? q.dbForQuery(query, write) : null;
            if (alias == null) {
                alias = write ? r.dbForWrite(model, null) : r.dbForRead(model, null);
            }
            if (alias != null) {
                return alias;
            }
        }
        return null;
    }

    /** Whether a router splits bulk writes of {@code model} by the database of each instance. */
    public static boolean routesEachInstance(Class<? extends Model> model) {
        List<Router> all = routers;
        for (int i = 0; i < all.size(); i++) { // indexed: asked per bulk write, and an iterator is an allocation
            if (all.get(i) instanceof QueryRouter q && q.routesEachInstance(model)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the routers let {@code model}'s table be created on {@code alias} (true when none has an opinion). */
    public static boolean allowMigrate(String alias, Class<? extends Model> model) {
        for (Router r : routers) {
            Boolean allowed = r.allowMigrate(alias, model);
            if (allowed != null) {
                return allowed;
            }
        }
        return true;
    }

    /**
     * Refuses, before any SQL, to save an instance on {@code alias} whose foreign keys point to
     * loaded objects of another database, unless a router allows that pair. As in Django, objects
     * of one database may always point to each other.
     */
    public static <M extends Model> void checkRelations(ModelMeta<M> meta, M instance, String alias) {
        String here = alias == null ? Aksara.DEFAULT : alias;
        for (FieldMeta<M, ?> f : meta.fields()) {
            if (!f.isRelation() || !(f.get(instance) instanceof Ref<?> ref) || !ref.isLoaded()) {
                continue;
            }
            Model target = ref.get();
            String there = ModelInternals.database(target);
            if (there == null || there.equals(here) || allowRelation(instance, here, target, there)) {
                continue;
            }
            throw new RelationNotAllowed(meta.name() + "." + f.name() + " would point from database '" + here + "' to a "
                    + target.getClass().getSimpleName() + " of database '" + there + "', and no router allows that"
                    + " relation: load the " + target.getClass().getSimpleName() + " with using(\"" + here
                    + "\"), or let a Router's allowRelation accept the pair");
        }
    }

    private static boolean allowRelation(Model a, String aliasOfA, Model b, String aliasOfB) {
        for (Router r : routers) {
            Boolean allowed = r.allowRelation(a, aliasOfA, b, aliasOfB);
            if (allowed != null) {
                return allowed;
            }
        }
        return false;
    }
}
