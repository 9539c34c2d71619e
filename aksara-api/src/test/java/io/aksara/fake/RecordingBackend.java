package io.aksara.fake;

import io.aksara.DatabaseConfig;
import io.aksara.Isolation;
import io.aksara.errors.DatabaseError;
import io.aksara.spi.Backend;
import io.aksara.spi.BackendProvider;
import io.aksara.spi.TransactionContext;
import io.aksara.spi.TransactionHandle;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A backend without a database for the API's transaction tests: it writes every transaction
 * command it receives to {@link #LOG} ("begin default", "savepoint 1", "commit default", ...).
 * {@code fetch} records whether the statement would have run on the block's connection, and
 * {@code count} fails like a statement the database refused. Built as a dynamic proxy, so new
 * Backend methods need no change here.
 */
public final class RecordingBackend implements BackendProvider {
    /** What the backends saw, in order; tests clear it. */
    public static final List<String> LOG = new ArrayList<>();

    @Override
    public Backend open(String alias, DatabaseConfig config) {
        if (!config.url().startsWith("jdbc:fake:")) {
            throw new IllegalStateException("The aksara-api tests only have the fake backend (jdbc:fake:...)");
        }
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "begin" -> begin(alias, (Isolation) args[0]);
                    case "fetch" -> {
                        TransactionHandle h = TransactionContext.handle(alias);
                        LOG.add("fetch " + alias + (h == null ? " on a pooled connection" : " in transaction " + h));
                        yield List.of();
                    }
                    case "count" -> {
                        DatabaseError e = new DatabaseError("duplicate key", "23505", null);
                        TransactionContext.statementFailed(alias, e);
                        LOG.add("failed statement " + alias);
                        throw e;
                    }
                    case "replicaLag" -> java.time.Duration.ZERO;
                    case "close" -> null;
                    case "runAfterApplicationCommit" -> false; // no application transactions here
                    case "applicationTransaction" -> null;
                    case "vendor" -> "fake";
                    case "toString" -> "RecordingBackend[" + alias + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static TransactionHandle begin(String alias, Isolation isolation) {
        LOG.add("begin " + alias + (isolation == null ? "" : " " + isolation));
        return new TransactionHandle() {
            private int savepoints;

            @Override
            public Object savepoint() {
                int sp = ++savepoints;
                LOG.add("savepoint " + sp);
                return sp;
            }

            @Override
            public void rollbackTo(Object savepoint) {
                LOG.add("rollbackTo " + savepoint);
            }

            @Override
            public void release(Object savepoint) {
                LOG.add("release " + savepoint);
            }

            @Override
            public void commit() {
                LOG.add("commit " + alias);
            }

            @Override
            public void rollback() {
                LOG.add("rollback " + alias);
            }

            @Override
            public void close() {
                LOG.add("close " + alias);
            }

            @Override
            public String toString() {
                return alias;
            }
        };
    }
}
