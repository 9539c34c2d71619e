package com.example.shop;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The stock ledger, written with jOOQ (the table comes from schema.sql). */
@Repository
public class StockRepository {
    private final DSLContext dsl;

    public StockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String item, int change) {
        dsl.insertInto(table("stock_movements")).columns(field("item"), field("change"))
                .values(item, change).execute();
    }

    public int onHand(String item) {
        Integer sum = dsl.select(field("sum(change)", Integer.class)).from(table("stock_movements"))
                .where(field("item").eq(item)).fetchOne(0, Integer.class);
        return sum == null ? 0 : sum;
    }
}
