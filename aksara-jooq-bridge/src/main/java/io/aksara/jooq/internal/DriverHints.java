package io.aksara.jooq.internal;

/** Which Maven artifact brings the JDBC driver of a URL, for messages about a missing driver. */
final class DriverHints {
    private DriverHints() {}

    static String forUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "com.h2database:h2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql:postgresql";
        }
        if (url.startsWith("jdbc:mysql:")) {
            return "com.mysql:mysql-connector-j";
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return "org.mariadb.jdbc:mariadb-java-client";
        }
        return "the vendor's JDBC driver";
    }
}
