package io.aksara.routing;

import io.aksara.Model;

/**
 * Picks the database a query or a write goes to when the code does not say {@code using(...)},
 * as Django's {@code DATABASE_ROUTERS}. Routers are configured once, in order, with
 * {@link io.aksara.Aksara#routers(Router...)}; for each decision the first router with an answer
 * wins, and a router says "no opinion" by returning null (every method does by default).
 *
 * <pre>{@code
 * final class AnalyticsRouter implements Router {
 *     public String dbForRead(Class<? extends Model> model, Model instance) {
 *         return model == PageView.class ? "analytics" : null;
 *     }
 *     public String dbForWrite(Class<? extends Model> model, Model instance) {
 *         return model == PageView.class ? "analytics" : null;
 *     }
 *     public Boolean allowMigrate(String alias, Class<? extends Model> model) {
 *         return (model == PageView.class) == alias.equals("analytics");
 *     }
 * }
 * Aksara.routers(new AnalyticsRouter(), PrimaryReplicaRouter.of("default", "replica"));
 * }</pre>
 *
 * <p>When no router answers: reads and writes of an instance go to the database it came from,
 * anything else to {@value io.aksara.Aksara#DEFAULT}; a relation is allowed between objects of the
 * same database only; every model may be migrated everywhere. {@code using("alias")} on a QuerySet,
 * a raw query or a transaction always wins over the routers.
 */
public interface Router {
    /**
     * The database to read {@code model} from, or null for no opinion.
     *
     * @param instance the instance the read is about (its relation is being followed, it is being
     *                 refreshed), or null
     */
    default String dbForRead(Class<? extends Model> model, Model instance) {
        return null;
    }

    /**
     * The database to write {@code model} to (insert, update, delete, {@code selectForUpdate},
     * {@code getOrCreate}), or null for no opinion.
     *
     * @param instance the instance being saved or deleted, or null for a QuerySet-wide write
     */
    default String dbForWrite(Class<? extends Model> model, Model instance) {
        return null;
    }

    /**
     * Whether {@code a}, which lives on {@code aliasOfA}, may point to {@code b}, which lives on
     * {@code aliasOfB} (a foreign key being saved); null for no opinion. Only asked when the two
     * aliases differ.
     */
    default Boolean allowRelation(Model a, String aliasOfA, Model b, String aliasOfB) {
        return null;
    }

    /** Whether {@code model}'s table belongs on the database {@code alias}; null for no opinion. */
    default Boolean allowMigrate(String alias, Class<? extends Model> model) {
        return null;
    }
}
