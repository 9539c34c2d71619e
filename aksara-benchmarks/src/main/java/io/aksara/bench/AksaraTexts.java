package io.aksara.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * Raw JDBC sending exactly what Aksara sends for W2, W3 and W4 on PostgreSQL (its SQL text, as
 * pgjdbc's log shows it, and its bind types: the level as an int4, limit and offset as int8s, the
 * prefix as a pattern), read as the raw stack reads rows: what the driver and the server do with
 * Aksara's statements, apart from Aksara's own code ({@link FloorProbe}).
 */
final class AksaraTexts {
    private static final String FROM = "select journal.id, journal.ts, journal.level, journal.text, journal.a, "
            + "journal.b, journal.c, journal.d from journal where ";
    private static final String FIRST = " order by journal.id asc fetch next ? rows only";
    static final String W2 = FROM + "journal.level = ?" + FIRST;
    static final String W3 = FROM + "journal.level = ? order by journal.id asc offset ? rows fetch next ? rows only";
    private static final String SINCE = "journal.ts >= cast(? as timestamp(6) with time zone)";
    private static final String PREFIX = "journal.text like ? escape '!'";
    /** W4's four shapes as Aksara renders them, indexed as {@link JdbcStack#DYNAMIC}. */
    static final String[] W4 = {
        W2,
        FROM + "(journal.level = ? and " + SINCE + ")" + FIRST,
        FROM + "(journal.level = ? and " + PREFIX + ")" + FIRST,
        FROM + "(journal.level = ? and " + SINCE + " and " + PREFIX + ")" + FIRST,
    };

    private AksaraTexts() {}

    /** W2: the first {@code n} rows of a level. */
    static List<Rows.JournalRow> filter(DataSource ds, int level, int n) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(W2)) {
            ps.setInt(1, level);
            ps.setLong(2, n);
            return JdbcStack.journal(ps, n);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W3: a page (Aksara sends W2's text for the first page, as here). */
    static List<Rows.JournalRow> page(DataSource ds, int level, int offset) {
        if (offset == 0) {
            return filter(ds, level, Params.PAGE);
        }
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(W3)) {
            ps.setInt(1, level);
            ps.setLong(2, offset);
            ps.setLong(3, Params.PAGE);
            return JdbcStack.journal(ps, Params.PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W4: one of the four shapes. */
    static List<Rows.JournalRow> dynamic(DataSource ds, int shape, int level, OffsetDateTime since, String prefix) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(W4[shape])) {
            int i = 1;
            ps.setInt(i++, level);
            if ((shape & 1) != 0) {
                ps.setObject(i++, since);
            }
            if ((shape & 2) != 0) {
                ps.setString(i++, prefix + "%"); // Aksara escapes '!', '%' and '_'; the prefixes have none
            }
            ps.setLong(i, Params.PAGE);
            return JdbcStack.journal(ps, Params.PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
