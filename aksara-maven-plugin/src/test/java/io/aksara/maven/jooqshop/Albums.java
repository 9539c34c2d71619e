package io.aksara.maven.jooqshop;

import java.util.List;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.QOM.ForeignKeyRule;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** A table class as jOOQ's code generator writes one: albums, whose artist key has a constraint name of its own. */
@SuppressWarnings({"unchecked", "rawtypes", "this-escape"})
public class Albums extends TableImpl<Record> {
    public static final Albums ALBUMS = new Albums();

    public final TableField<Record, Long> ID = createField(DSL.name("id"),
            SQLDataType.BIGINT.nullable(false).generatedByDefaultAsIdentity(), this, "");
    public final TableField<Record, String> TITLE = createField(DSL.name("title"), SQLDataType.VARCHAR(200).nullable(false), this, "");
    public final TableField<Record, Long> ARTIST_ID = createField(DSL.name("artist_id"), SQLDataType.BIGINT.nullable(false), this, "");

    private Albums() {
        super(DSL.name("albums"));
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("pk_albums"), new TableField[] {ID}, true);
    }

    @Override
    public List<ForeignKey<Record, ?>> getReferences() {
        return List.of(Internal.createForeignKey(this, DSL.name("fk_album_artist"), new TableField[] {ARTIST_ID},
                Artists.ARTISTS.getPrimaryKey(), new TableField[] {Artists.ARTISTS.ID}, true, ForeignKeyRule.CASCADE,
                ForeignKeyRule.NO_ACTION));
    }
}
