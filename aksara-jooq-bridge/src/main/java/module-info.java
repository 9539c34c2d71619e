/**
 * The SQL side of Aksara on jOOQ and HikariCP: {@code JooqBackend}, {@code ModelTable}, the SQL
 * type of each field kind ({@code io.aksara.jooq.types}), the database vendors
 * ({@code io.aksara.jooq.vendor}), the SQL of lookups and transforms ({@code io.aksara.jooq.sql}) and
 * statement observers ({@code io.aksara.jooq.observe}).
 * JDBC drivers are not required: put the one for your database on the module path (or the class
 * path) and {@link java.sql.DriverManager} finds it.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.jooq;   // reads io.aksara and org.jooq too
 * }
 * }</pre>
 */
module io.aksara.jooq {
    requires transitive io.aksara;
    // DSLContext, SQLDialect, DataType, Table appear in the public API (JooqBackend, ModelTable, SqlType)
    requires transitive org.jooq;
    requires com.zaxxer.hikari;
    requires org.slf4j;
    requires java.logging;
    // SQLite's user functions and statistics, only when the SQLite driver is present
    requires static org.xerial.sqlitejdbc;
    // jOOQ's Settings carry JAXB annotations; javac warns when it cannot see their types
    requires static jakarta.xml.bind;

    exports io.aksara.jooq;
    exports io.aksara.jooq.observe;
    // the SQL of lookups and transforms: LookupSql.register, TransformSql.register
    exports io.aksara.jooq.sql;
    exports io.aksara.jooq.types;
    exports io.aksara.jooq.vendor;

    provides io.aksara.spi.BackendProvider with io.aksara.jooq.JooqBackendProvider;
    // vendors of your own, next to the built-in ones (Vendors)
    uses io.aksara.jooq.vendor.Vendor;
}
