package io.aksara.jooq.internal;

import io.aksara.errors.TransactionError;
import io.aksara.spi.AmbientTransaction;
import io.aksara.spi.StatementLimits;
import io.aksara.spi.TransactionContext;
import java.util.Locale;

/**
 * Refuses writes inside an application transaction declared read-only
 * ({@code @Transactional(readOnly = true)}, jOOQ's {@code Readonly.READONLY}) before they are sent.
 * PostgreSQL and MySQL would refuse them too, but H2 and the MariaDB driver treat read-only as a
 * hint; checking here gives every database the same behaviour and the same message.
 */
final class ReadOnlyTransactions {
    private ReadOnlyTransactions() {}

    static void requireWritable(BackendContext db, String sql) {
        if (db.ownsPool()) {
            return; // nobody else opens transactions on Aksara's own pool
        }
        AmbientTransaction tx = current(db);
        if (tx == null || !tx.readOnly() || !writes(sql)) {
            return;
        }
        String operation = StatementLimits.operation();
        String what = operation != null ? operation : "[" + (sql.length() > 120 ? sql.substring(0, 120) + "..." : sql) + "]";
        throw new TransactionError("Cannot write: " + what + " on database '" + db.alias() + "' runs inside "
                + tx.describe() + " that is read-only. Nothing was sent; run the write in a transaction that is not"
                + " read-only (@Transactional without readOnly = true).");
    }

    private static AmbientTransaction current(BackendContext db) {
        if (TransactionContext.find(db.alias()) instanceof JdbcTransaction block) {
            return block.joined(); // null for a block that began its own transaction
        }
        return db.connections().ambient();
    }

    private static boolean writes(String sql) {
        String head = sql.stripLeading();
        int end = 0;
        while (end < head.length() && Character.isLetter(head.charAt(end))) {
            end++;
        }
        return switch (head.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "insert", "update", "delete", "merge", "replace" -> true;
            default -> false;
        };
    }
}
