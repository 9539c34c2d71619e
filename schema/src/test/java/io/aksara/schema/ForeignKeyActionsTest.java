package io.aksara.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.fields.OnDelete;
import io.aksara.schema.ForeignKeyActions.Action;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every on_delete rule has one ON DELETE action per database, spelled as SQL. */
class ForeignKeyActionsTest {
    @ParameterizedTest(name = "{0} → {1} (PostgreSQL, H2), {2} (MySQL, MariaDB)")
    @CsvSource(delimiter = '|', textBlock = """
            CASCADE     | CASCADE     | CASCADE
            PROTECT     | RESTRICT    | RESTRICT
            RESTRICT    | RESTRICT    | RESTRICT
            SET_NULL    | SET NULL    | SET NULL
            SET_DEFAULT | SET DEFAULT | NO ACTION
            SET         | NO ACTION   | NO ACTION
            DO_NOTHING  | NO ACTION   | NO ACTION
            """)
    void eachRuleHasItsAction(OnDelete rule, String everywhere, String onMysql) {
        assertThat(ForeignKeyActions.onDelete(rule).sql()).isEqualTo(everywhere);
        assertThat(ForeignKeyActions.onDelete(rule, SQLDialect.POSTGRES).sql()).isEqualTo(everywhere);
        assertThat(ForeignKeyActions.onDelete(rule, SQLDialect.H2).sql()).isEqualTo(everywhere);
        assertThat(ForeignKeyActions.onDelete(rule, SQLDialect.MYSQL).sql()).isEqualTo(onMysql);
        assertThat(ForeignKeyActions.onDelete(rule, SQLDialect.MARIADB).sql()).isEqualTo(onMysql);
    }

    @Test
    void aFieldWithoutARuleGetsNoAction() {
        assertThat(ForeignKeyActions.onDelete((OnDelete) null)).isEqualTo(Action.NO_ACTION);
        assertThat(ForeignKeyActions.onDelete((OnDelete) null, SQLDialect.MYSQL)).isEqualTo(Action.NO_ACTION);
    }
}
