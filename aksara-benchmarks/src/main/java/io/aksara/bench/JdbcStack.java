package io.aksara.bench;

import io.aksara.bench.Rows.FortuneRow;
import io.aksara.bench.Rows.JournalData;
import io.aksara.bench.Rows.JournalRow;
import io.aksara.bench.Rows.OwnerRow;
import io.aksara.bench.Rows.PetRow;
import io.aksara.bench.Rows.WorldRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor: hand-written SQL constants, PreparedStatement, hand mapping into records. One
 * connection borrow per operation; no explicit transaction anywhere (autocommit).
 */
@State(Scope.Benchmark)
public class JdbcStack implements Stack {
    static final String WORLD_BY_ID = "select id, randomnumber from world where id = ?";
    static final String WORLD_UPDATE = "update world set randomnumber = ? where id = ?";
    static final String JOURNAL = "select id, ts, level, text, a, b, c, d from journal";
    static final String FILTER = JOURNAL + " where level = ? order by id limit ?";
    static final String PAGE = JOURNAL + " where level = ? order by id limit ? offset ?";
    /** W4's four shapes, indexed by shape bits (a hand-written program keeps one string per shape). */
    static final String[] DYNAMIC = {
        JOURNAL + " where level = ? order by id limit ?",
        JOURNAL + " where level = ? and ts >= ? order by id limit ?",
        JOURNAL + " where level = ? and text like ? escape '!' order by id limit ?",
        JOURNAL + " where level = ? and ts >= ? and text like ? escape '!' order by id limit ?",
    };
    /** W7 in one join (the storm suite's objectGraph): each owner's columns repeated on every pet row. */
    static final String PREFETCH_JOIN = "select o.id, o.first_name, o.last_name, p.id, p.name, p.birth_date "
            + "from owner o left join pet p on p.owner_id = o.id where o.city_id = ? order by o.id, p.id";
    /** W7 in two queries, the floor: the owners, then all their pets at once by one array of keys. */
    static final String OWNERS_OF_CITY = "select id, first_name, last_name from owner where city_id = ? order by id";
    static final String PETS_OF_OWNERS = "select owner_id, id, name, birth_date from pet where owner_id = any (?) "
            + "order by owner_id, id";
    static final String FORTUNES = "select id, message from fortune";

    private DataSource ds;
    private final ConcurrentHashMap<Integer, String> bulkSql = new ConcurrentHashMap<>();

    @Setup(Level.Trial)
    public void open(Db db) {
        ds = db.ds;
    }

    /** Uses this pool instead of the benchmark database's (the stub driver's, for the overhead benchmarks). */
    /** The pool the stack runs on (for the hand-written statements kept in classes of their own, as {@link JdbcUpserts}). */
    public DataSource dataSource() {
        return ds;
    }

    public void use(DataSource pool) {
        ds = pool;
    }

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public WorldRow pk(int id) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(WORLD_BY_ID)) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new WorldRow(rs.getInt(1), rs.getInt(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<JournalRow> filter(int level, int n) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(FILTER)) {
            ps.setShort(1, (short) level);
            ps.setInt(2, n);
            return journal(ps, n);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<JournalRow> page(int level, int offset) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(PAGE)) {
            ps.setShort(1, (short) level);
            ps.setInt(2, Params.PAGE);
            ps.setInt(3, offset);
            return journal(ps, Params.PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<JournalRow> dynamic(int shape, int level, OffsetDateTime since, String prefix) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(DYNAMIC[shape])) {
            int i = 1;
            ps.setShort(i++, (short) level);
            if ((shape & 1) != 0) {
                ps.setObject(i++, since);
            }
            if ((shape & 2) != 0) {
                ps.setString(i++, prefix + "%");
            }
            ps.setInt(i, Params.PAGE);
            return journal(ps, Params.PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JournalRow> journal(PreparedStatement ps, int expected) throws SQLException {
        List<JournalRow> out = new ArrayList<>(expected);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new JournalRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getShort(3),
                        rs.getString(4), rs.getInt(5), rs.getLong(6), rs.getBigDecimal(7), rs.getBoolean(8)));
            }
        }
        return out;
    }

    @Override
    public WorldRow updatePk(int id) {
        try (Connection c = ds.getConnection()) {
            WorldRow w;
            try (PreparedStatement ps = c.prepareStatement(WORLD_BY_ID)) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    w = new WorldRow(rs.getInt(1), rs.getInt(2));
                }
            }
            WorldRow changed = new WorldRow(w.id(), Params.nextRandom(w.randomNumber()));
            try (PreparedStatement ps = c.prepareStatement(WORLD_UPDATE)) {
                ps.setInt(1, changed.randomNumber());
                ps.setInt(2, changed.id());
                ps.executeUpdate();
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One multi-row {@code INSERT ... RETURNING id} (benchmarks.md §6.2 W6 baseline). */
    @Override
    public List<Long> bulkInsert(JournalData[] rows) {
        String sql = bulkSql.computeIfAbsent(rows.length, JdbcStack::bulkStatement);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (JournalData r : rows) {
                i = JournalBinds.bindRow(ps, i, r);
            }
            return JournalBinds.keys(ps, rows.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W6 as the fastest hand-written PostgreSQL: one array per column, unnested; one text for every batch. */
    static final String BULK_UNNEST = "insert into journal_bulk (ts, level, text, a, b, c, d) select * from unnest("
            + "?::timestamptz[], ?::int2[], ?::text[], ?::int4[], ?::int8[], ?::numeric[], ?::bool[]) returning id";

    /**
     * W6 the way a careful engineer writes it for PostgreSQL: seven array parameters instead of 700
     * binds (primitive arrays for the primitive columns), so the server reuses one prepared
     * statement whatever the row count. Part of the honest floor (issue 17): Aksara is compared
     * with this and with the multi-row VALUES of {@link #bulkInsert}.
     */
    public List<Long> bulkInsertUnnest(JournalData[] rows) {
        try (Connection conn = ds.getConnection(); PreparedStatement ps = conn.prepareStatement(BULK_UNNEST)) {
            JournalBinds.bindColumns(conn, ps, rows, 1);
            return JournalBinds.keys(ps, rows.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String BULK_UPDATE = "update journal_bulk set text = ?, b = ? where id = ?";

    /**
     * W6up: {@code text} and {@code b} of the rows with these keys ({@code ids[k]} takes
     * {@code rows[k]}'s values), as a JDBC batch of single-row UPDATEs; the rows matched.
     */
    public long bulkUpdate(long[] ids, JournalData[] rows) {
        try (Connection conn = ds.getConnection(); PreparedStatement ps = conn.prepareStatement(BULK_UPDATE)) {
            for (int k = 0; k < ids.length; k++) {
                ps.setString(1, rows[k].text());
                ps.setLong(2, rows[k].b());
                ps.setLong(3, ids[k]);
                ps.addBatch();
            }
            long matched = 0;
            for (int count : ps.executeBatch()) {
                matched += count;
            }
            return matched;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String BULK_UPDATE_UNNEST = "update journal_bulk as u set text = v.text, b = v.b"
            + " from unnest(?::int8[], ?::text[], ?::int8[]) as v(id, text, b) where u.id = v.id";

    /** {@link #bulkUpdate} as one statement: an array per column, unnested and joined by the key. */
    public long bulkUpdateUnnest(long[] ids, JournalData[] rows) {
        int n = ids.length;
        String[] text = new String[n];
        long[] b = new long[n];
        for (int k = 0; k < n; k++) {
            text[k] = rows[k].text();
            b[k] = rows[k].b();
        }
        try (Connection conn = ds.getConnection(); PreparedStatement ps = conn.prepareStatement(BULK_UPDATE_UNNEST)) {
            ps.setObject(1, ids);
            ps.setObject(2, text);
            ps.setObject(3, b);
            return ps.executeLargeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bulkStatement(int n) {
        StringBuilder sb = new StringBuilder("insert into journal_bulk (ts, level, text, a, b, c, d) values ");
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        }
        return sb.append(" returning id").toString();
    }

    /**
     * W7 the way a careful engineer writes it (the floor, issue 17): on one connection, the owners
     * ordered by id, then their pets in one statement with one {@code int[]} parameter (one text
     * and one server-side plan whatever the count), ordered by owner and id, so each pet goes to
     * the owner at a cursor that only moves forward: no map, no owner columns repeated per pet.
     */
    @Override
    public List<OwnerRow> prefetch(int city) {
        try (Connection c = ds.getConnection()) {
            List<OwnerRow> owners = new ArrayList<>(64);
            try (PreparedStatement ps = c.prepareStatement(OWNERS_OF_CITY)) {
                ps.setInt(1, city);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        owners.add(new OwnerRow(rs.getInt(1), rs.getString(2), rs.getString(3), new ArrayList<>(4)));
                    }
                }
            }
            if (owners.isEmpty()) {
                return owners;
            }
            int[] ids = new int[owners.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = owners.get(k).id();
            }
            try (PreparedStatement ps = c.prepareStatement(PETS_OF_OWNERS)) {
                ps.setObject(1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    int k = 0;
                    while (rs.next()) {
                        int ownerId = rs.getInt(1);
                        while (ids[k] != ownerId) {
                            k++;
                        }
                        owners.get(k).pets().add(new PetRow(rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                    }
                }
            }
            return owners;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** W7 as one join, grouped in memory (the storm suite's JDBC objectGraph): the second raw JDBC row. */
    public List<OwnerRow> prefetchJoin(int city) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(PREFETCH_JOIN)) {
            ps.setInt(1, city);
            List<OwnerRow> owners = new ArrayList<>(64);
            try (ResultSet rs = ps.executeQuery()) {
                OwnerRow current = null;
                while (rs.next()) {
                    int ownerId = rs.getInt(1);
                    if (current == null || current.id() != ownerId) {
                        current = new OwnerRow(ownerId, rs.getString(2), rs.getString(3), new ArrayList<>(4));
                        owners.add(current);
                    }
                    int petId = rs.getInt(4);
                    if (!rs.wasNull()) {
                        current.pets().add(new PetRow(petId, rs.getString(5), rs.getObject(6, LocalDate.class)));
                    }
                }
            }
            return owners;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<FortuneRow> fortunes() {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(FORTUNES)) {
            List<FortuneRow> out = new ArrayList<>(16);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FortuneRow(rs.getInt(1), rs.getString(2)));
                }
            }
            out.add(new FortuneRow(0, Params.EXTRA_FORTUNE));
            out.sort(Comparator.comparing(FortuneRow::message));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The floor: {@code SELECT 1}, no mapping. */
    public int select1() {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
