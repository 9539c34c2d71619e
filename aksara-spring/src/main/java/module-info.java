/**
 * Spring's transactions for Aksara: {@code SpringTransactions} lets atomic blocks and statements
 * join the connection a Spring (or JPA) transaction holds. Spring itself is optional: the
 * provider answers nothing when Spring is absent.
 *
 * <pre>{@code
 * module shop {
 *     requires io.aksara.spring;
 *     requires spring.jdbc;
 * }
 * }</pre>
 */
module io.aksara.spring {
    // SpringTransactions is an AmbientTransactions
    requires transitive io.aksara;
    requires static spring.jdbc;
    requires static spring.tx;
    requires static spring.orm;
    requires static spring.core;
    requires static jakarta.persistence;

    exports io.aksara.spring;

    provides io.aksara.spi.AmbientTransactions with io.aksara.spring.SpringTransactions;
}
