package io.aksara.bench;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.aksara.bench.Rows.FortuneRow;
import io.aksara.bench.Rows.JournalData;
import io.aksara.bench.Rows.JournalRow;
import io.aksara.bench.Rows.OwnerRow;
import io.aksara.bench.Rows.PetRow;
import io.aksara.bench.Rows.WorldRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;
import org.jooq.Record8;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * jOOQ as the reference run used it: plain DSL tables and typed fields (no code generation), one
 * reused {@link DSLContext} over the shared pool, the query built per call, mapped by lambda.
 */
@State(Scope.Benchmark)
public class JooqStack implements Stack {
    static final Table<Record> WORLD = table(DSL.name("world"));
    static final Field<Integer> W_ID = field(DSL.name("world", "id"), SQLDataType.INTEGER);
    static final Field<Integer> W_RN = field(DSL.name("world", "randomnumber"), SQLDataType.INTEGER);

    static final Table<Record> JOURNAL = table(DSL.name("journal"));
    static final Field<Long> J_ID = field(DSL.name("journal", "id"), SQLDataType.BIGINT);
    static final Field<OffsetDateTime> J_TS = field(DSL.name("journal", "ts"), SQLDataType.OFFSETDATETIME);
    static final Field<Short> J_LEVEL = field(DSL.name("journal", "level"), SQLDataType.SMALLINT);
    static final Field<String> J_TEXT = field(DSL.name("journal", "text"), SQLDataType.VARCHAR(255));
    static final Field<Integer> J_A = field(DSL.name("journal", "a"), SQLDataType.INTEGER);
    static final Field<Long> J_B = field(DSL.name("journal", "b"), SQLDataType.BIGINT);
    static final Field<BigDecimal> J_C = field(DSL.name("journal", "c"), SQLDataType.NUMERIC(12, 4));
    static final Field<Boolean> J_D = field(DSL.name("journal", "d"), SQLDataType.BOOLEAN);

    static final Table<Record> BULK = table(DSL.name("journal_bulk"));
    static final Field<Long> B_ID = field(DSL.name("journal_bulk", "id"), SQLDataType.BIGINT);
    static final Field<OffsetDateTime> B_TS = field(DSL.name("journal_bulk", "ts"), SQLDataType.OFFSETDATETIME);
    static final Field<Short> B_LEVEL = field(DSL.name("journal_bulk", "level"), SQLDataType.SMALLINT);
    static final Field<String> B_TEXT = field(DSL.name("journal_bulk", "text"), SQLDataType.VARCHAR(255));
    static final Field<Integer> B_A = field(DSL.name("journal_bulk", "a"), SQLDataType.INTEGER);
    static final Field<Long> B_B = field(DSL.name("journal_bulk", "b"), SQLDataType.BIGINT);
    static final Field<BigDecimal> B_C = field(DSL.name("journal_bulk", "c"), SQLDataType.NUMERIC(12, 4));
    static final Field<Boolean> B_D = field(DSL.name("journal_bulk", "d"), SQLDataType.BOOLEAN);

    static final Table<Record> OWNER = table(DSL.name("owner"));
    static final Field<Integer> O_ID = field(DSL.name("owner", "id"), SQLDataType.INTEGER);
    static final Field<String> O_FIRST = field(DSL.name("owner", "first_name"), SQLDataType.VARCHAR(30));
    static final Field<String> O_LAST = field(DSL.name("owner", "last_name"), SQLDataType.VARCHAR(30));
    static final Field<Integer> O_CITY = field(DSL.name("owner", "city_id"), SQLDataType.INTEGER);
    static final Table<Record> PET = table(DSL.name("pet"));
    static final Field<Integer> P_ID = field(DSL.name("pet", "id"), SQLDataType.INTEGER);
    static final Field<String> P_NAME = field(DSL.name("pet", "name"), SQLDataType.VARCHAR(30));
    static final Field<LocalDate> P_BIRTH = field(DSL.name("pet", "birth_date"), SQLDataType.LOCALDATE);
    static final Field<Integer> P_OWNER = field(DSL.name("pet", "owner_id"), SQLDataType.INTEGER);

    static final Table<Record> FORTUNE = table(DSL.name("fortune"));
    static final Field<Integer> F_ID = field(DSL.name("fortune", "id"), SQLDataType.INTEGER);
    static final Field<String> F_MESSAGE = field(DSL.name("fortune", "message"), SQLDataType.VARCHAR(2048));

    private DSLContext ctx;

    @Setup(Level.Trial)
    public void open(Db db) {
        ctx = DSL.using(db.ds, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
    }

    @Override
    public String name() {
        return "jooq";
    }

    @Override
    public WorldRow pk(int id) {
        return ctx.select(W_ID, W_RN).from(WORLD).where(W_ID.eq(id))
                .fetchOne(r -> new WorldRow(r.value1(), r.value2()));
    }

    private static JournalRow journal(Record8<Long, OffsetDateTime, Short, String, Integer, Long, BigDecimal, Boolean> r) {
        return new JournalRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8());
    }

    @Override
    public List<JournalRow> filter(int level, int n) {
        return ctx.select(J_ID, J_TS, J_LEVEL, J_TEXT, J_A, J_B, J_C, J_D).from(JOURNAL)
                .where(J_LEVEL.eq((short) level)).orderBy(J_ID).limit(n)
                .fetch(JooqStack::journal);
    }

    @Override
    public List<JournalRow> page(int level, int offset) {
        return ctx.select(J_ID, J_TS, J_LEVEL, J_TEXT, J_A, J_B, J_C, J_D).from(JOURNAL)
                .where(J_LEVEL.eq((short) level)).orderBy(J_ID).limit(Params.PAGE).offset(offset)
                .fetch(JooqStack::journal);
    }

    @Override
    public List<JournalRow> dynamic(int shape, int level, OffsetDateTime since, String prefix) {
        Condition where = J_LEVEL.eq((short) level);
        if ((shape & 1) != 0) {
            where = where.and(J_TS.ge(since));
        }
        if ((shape & 2) != 0) {
            where = where.and(J_TEXT.like(prefix + "%", '!'));
        }
        return ctx.select(J_ID, J_TS, J_LEVEL, J_TEXT, J_A, J_B, J_C, J_D).from(JOURNAL)
                .where(where).orderBy(J_ID).limit(Params.PAGE)
                .fetch(JooqStack::journal);
    }

    @Override
    public WorldRow updatePk(int id) {
        WorldRow w = pk(id);
        WorldRow changed = new WorldRow(w.id(), Params.nextRandom(w.randomNumber()));
        ctx.update(WORLD).set(W_RN, changed.randomNumber()).where(W_ID.eq(changed.id())).execute();
        return changed;
    }

    /** One multi-row {@code INSERT ... RETURNING id}. */
    @Override
    public List<Long> bulkInsert(JournalData[] rows) {
        InsertValuesStep7<Record, OffsetDateTime, Short, String, Integer, Long, BigDecimal, Boolean> insert =
                ctx.insertInto(BULK, B_TS, B_LEVEL, B_TEXT, B_A, B_B, B_C, B_D);
        for (JournalData r : rows) {
            insert = insert.values(r.ts(), r.level(), r.text(), r.a(), r.b(), r.c(), r.d());
        }
        return insert.returningResult(B_ID).fetch(r -> r.value1());
    }

    /** One query with a correlated MULTISET (jOOQ's idiom for nested collections). */
    @Override
    public List<OwnerRow> prefetch(int city) {
        Field<List<PetRow>> pets = multiset(
                select(P_ID, P_NAME, P_BIRTH).from(PET).where(P_OWNER.eq(O_ID)).orderBy(P_ID))
                .as("pets").convertFrom(r -> r.map(p -> new PetRow(p.value1(), p.value2(), p.value3())));
        return ctx.select(O_ID, O_FIRST, O_LAST, pets).from(OWNER).where(O_CITY.eq(city)).orderBy(O_ID)
                .fetch(r -> new OwnerRow(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<FortuneRow> fortunes() {
        List<FortuneRow> out = new ArrayList<>(ctx.select(F_ID, F_MESSAGE).from(FORTUNE)
                .fetch(r -> new FortuneRow(r.value1(), r.value2())));
        out.add(new FortuneRow(0, Params.EXTRA_FORTUNE));
        out.sort(Comparator.comparing(FortuneRow::message));
        return out;
    }
}
