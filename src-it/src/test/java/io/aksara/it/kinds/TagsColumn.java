package io.aksara.it.kinds;

import io.aksara.jooq.types.ColumnReader;
import io.aksara.jooq.types.SqlType;
import io.aksara.meta.FieldMeta;
import java.sql.ResultSet;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The SQL type {@link TagsKind} declares for its columns: a bounded {@code VARCHAR(500)} on every
 * database instead of its stored kind's unbounded text, so a tags column can be indexed on MySQL
 * and MariaDB (which index no {@code TEXT} without a prefix). Binary collation there, so a tag
 * matches case-sensitively as on the other databases.
 */
public final class TagsColumn implements SqlType {
    /** The longest stored text, commas included. */
    public static final int LENGTH = 500;

    @Override
    public DataType<?> dataType(FieldMeta<?, ?> field, SQLDialect dialect) {
        DataType<String> t = SQLDataType.VARCHAR(LENGTH);
        boolean mysql = dialect.family() == SQLDialect.MYSQL || dialect.family() == SQLDialect.MARIADB;
        return mysql ? t.collation(DSL.collation("utf8mb4_bin")) : t;
    }

    @Override
    public ColumnReader reader(SQLDialect dialect) {
        return ResultSet::getString;
    }

    @Override
    public String changelogType(FieldMeta<?, ?> field) {
        return "VARCHAR(" + LENGTH + ") ${aksara.collate}";
    }
}
