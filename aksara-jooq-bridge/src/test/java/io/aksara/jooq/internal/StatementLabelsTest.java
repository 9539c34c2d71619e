package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.jooq.models.Item;
import io.aksara.meta.ModelRegistry;
import org.junit.jupiter.api.Test;

/** The operation and model a statement is labelled with, from the SQL Aksara renders. */
class StatementLabelsTest {
    @Test
    void theOperationIsTheFirstKeywordAndTheModelOwnsTheMainTable() {
        String table = ModelRegistry.meta(Item.class).table();
        assertThat(StatementLabels.of("select " + table + ".id, (select count(*) from other where other.x = "
                + table + ".id) from " + table + " where " + table + ".name = ?"))
                .isEqualTo(new StatementLabels.Label("select", "Item"));
        assertThat(StatementLabels.of("insert into " + table + " (name) values (?)")).isEqualTo(new StatementLabels.Label("insert", "Item"));
        assertThat(StatementLabels.of("update " + table + " set name = ? where id = ?")).isEqualTo(new StatementLabels.Label("update", "Item"));
        assertThat(StatementLabels.of("delete from " + table.toUpperCase() + " where id = ?")).isEqualTo(new StatementLabels.Label("delete", "Item"));
        assertThat(StatementLabels.of("explain select * from \"" + table + "\"")).isEqualTo(new StatementLabels.Label("explain", "Item"));
        assertThat(StatementLabels.of("select count(*) from (select " + table + ".id from " + table + " limit ?) counted"))
                .as("a count over a sliced query").isEqualTo(new StatementLabels.Label("select", "Item"));
    }

    @Test
    void aTableNoModelHasIsNamedAsItIsAndUnreadableSqlIsNone() {
        assertThat(StatementLabels.of("select * from legacy.audit_log where id = ?")).isEqualTo(new StatementLabels.Label("select", "audit_log"));
        assertThat(StatementLabels.of("select 1")).isEqualTo(new StatementLabels.Label("select", "none"));
        assertThat(StatementLabels.of("select \"unit price\" from \"hn line items\" where id = ?"))
                .as("a quoted name with spaces").isEqualTo(new StatementLabels.Label("select", "hn line items"));
        assertThat(StatementLabels.of("insert into `Order Items` (`unit price`) values (?)"))
                .isEqualTo(new StatementLabels.Label("insert", "order items"));
        assertThat(StatementLabels.of("  ")).isEqualTo(new StatementLabels.Label("none", "none"));
    }
}
