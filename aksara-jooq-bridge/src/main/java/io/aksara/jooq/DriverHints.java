package io.aksara.jooq;

import java.util.Map;

/** Which driver a JDBC URL needs and which Maven artifact brings it, for messages about a URL no driver takes. */
final class DriverHints {
    /** URL prefix → {driver class, artifact}. */
    private static final Map<String, String[]> KNOWN = Map.of(
            "jdbc:h2:", new String[] {"org.h2.Driver", "com.h2database:h2"},
            "jdbc:postgresql:", new String[] {"org.postgresql.Driver", "org.postgresql:postgresql"},
            "jdbc:mysql:", new String[] {"com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j"},
            "jdbc:mariadb:", new String[] {"org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client"});

    private DriverHints() {}

    /** Why no driver accepts {@code url} (shown as {@code maskedUrl}), and what to do. */
    static String noDriver(String url, String maskedUrl) {
        for (Map.Entry<String, String[]> e : KNOWN.entrySet()) {
            if (!url.startsWith(e.getKey())) {
                continue;
            }
            if (present(e.getValue()[0])) {
                return "The JDBC driver " + e.getValue()[0] + " does not accept " + maskedUrl
                        + ": check the URL's syntax (host, port, parameters)";
            }
            return "No JDBC driver on the classpath accepts " + maskedUrl + ": add " + e.getValue()[1];
        }
        return "No JDBC driver on the classpath accepts " + maskedUrl + ": add the database vendor's JDBC driver";
    }

    private static boolean present(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : DriverHints.class.getClassLoader())
                .getResource(className.replace('.', '/') + ".class") != null;
    }
}
