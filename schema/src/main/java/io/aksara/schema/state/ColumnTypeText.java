package io.aksara.schema.state;

import io.aksara.jooq.types.SqlTypes;
import io.aksara.meta.FieldMeta;

/**
 * The Liquibase type text of a field's column, as its {@link io.aksara.jooq.types.SqlType} writes
 * it. Types that Liquibase would translate differently from Aksara's runtime schema are changelog
 * properties defined per database in the master changelog (each vendor's
 * {@code liquibaseTypes()}, io.aksara.jooq.vendor), so one changelog gives every database the
 * column type Aksara reads and writes.
 */
public final class ColumnTypeText {
    /** The text of a 64-bit integer key, also used by foreign keys to an implicit {@code id}. */
    public static final String BIGINT = "BIGINT";

    private ColumnTypeText() {}

    /**
     * The type text of this field's column: its declared {@code dbType} (a legacy column's
     * {@code text} or {@code timestamp}, upper case as the other types), else its kind's.
     */
    public static String of(FieldMeta<?, ?> field) {
        if (field.dbType() != null) {
            return field.dbType().toUpperCase(java.util.Locale.ROOT);
        }
        if (field.isRelation() && field.relatedMeta().primaryKey().dbType() != null) {
            // a foreign key's column has its target key's type: an INT id (@Meta(autoField = INTEGER)) has INT keys
            return field.relatedMeta().primaryKey().dbType().toUpperCase(java.util.Locale.ROOT);
        }
        return SqlTypes.of(field).changelogType(field);
    }
}
