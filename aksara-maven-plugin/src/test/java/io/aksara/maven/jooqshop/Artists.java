package io.aksara.maven.jooqshop;

import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** A table class as jOOQ's code generator writes one (trimmed to what the models read): artists. */
@SuppressWarnings({"unchecked", "rawtypes", "this-escape"})
public class Artists extends TableImpl<Record> {
    public static final Artists ARTISTS = new Artists();

    public final TableField<Record, Long> ID = createField(DSL.name("id"),
            SQLDataType.BIGINT.nullable(false).generatedByDefaultAsIdentity(), this, "");
    public final TableField<Record, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR(100).nullable(false), this, "");

    private Artists() {
        super(DSL.name("artists"));
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("pk_artists"), new TableField[] {ID}, true);
    }
}
