package io.aksara.internal;

import io.aksara.errors.AksaraException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database reached through a pooler in transaction mode (PgBouncer's
 * {@code pool_mode=transaction}): each transaction, and each statement outside one, may run on a
 * different server session, so nothing may be left on a session. The sign is in the URL:
 * pgjdbc's {@code prepareThreshold=0}, which keeps the driver from naming server-side prepared
 * statements that the next transaction's session would not have (PgBouncer before 1.21 does not
 * carry them over). Aksara then sets the isolation level per transaction only and never stops a
 * query by its session id, which the pooler does not give out.
 */
public final class TransactionPooling {
    private static final Pattern THRESHOLD = Pattern.compile("[?&;]prepareThreshold=([^&;]*)");

    private TransactionPooling() {}

    /** Whether the URL is a pgjdbc URL with {@code prepareThreshold=0}. */
    public static boolean behind(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return false;
        }
        Matcher m = THRESHOLD.matcher(url);
        return m.find() && m.group(1).strip().equals("0");
    }

    /** The URL with {@code prepareThreshold=0}; refuses a URL that is not pgjdbc's or sets another threshold. */
    public static String url(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new AksaraException("behindTransactionPooler() applies to PostgreSQL URLs (jdbc:postgresql:...), got '"
                    + SecretMask.url(String.valueOf(url)) + "': MySQL and MariaDB poolers keep no transaction-mode sessions here");
        }
        Matcher m = THRESHOLD.matcher(url);
        if (m.find()) {
            if (m.group(1).strip().equals("0")) {
                return url;
            }
            throw new AksaraException("behindTransactionPooler() needs prepareThreshold=0, but the URL '" + SecretMask.url(url)
                    + "' sets prepareThreshold=" + m.group(1) + ": a named prepared statement lives on one server session,"
                    + " and a transaction-mode pooler hands the next transaction another one");
        }
        return url + (url.contains("?") ? "&" : "?") + "prepareThreshold=0";
    }
}
