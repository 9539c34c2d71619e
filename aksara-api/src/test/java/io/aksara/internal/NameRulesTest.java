package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.F;
import io.aksara.errors.FieldError;
import io.aksara.expr.Named;
import io.aksara.functions.Cast;
import io.aksara.functions.Extract;
import io.aksara.functions.Trunc;
import io.aksara.lookup.JsonKey;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a user writes that are not looked up in metadata are checked where they are made. */
class NameRulesTest {
    @Test
    void aliasesFollowDjangosRule() {
        for (String ok : List.of("total", "books__count", "prix_unitaire", "価格", "a1$")) {
            assertThat(F.of("x").as(ok)).isInstanceOf(Named.class);
        }
        for (String bad : List.of("a b", "a\tb", "a'b", "a\"b", "a`b", "a;b", "a--b", "a/*b", "a*/b", "a\u0000b",
                "a\u200Bb", "a\uFEFFb", "a\u2019b", "a\u201Cb", "a\uFF07b", "a\uFF1Bb", "a\uFF02b", "{0}", "a\\b", "a[b]")) {
            assertThatThrownBy(() -> F.of("x").as(bad)).as(bad).isInstanceOf(FieldError.class)
                    .hasMessageContaining("Column aliases cannot contain whitespace characters, quotation marks, semicolons, "
                            + "or SQL comments");
        }
        assertThatThrownBy(() -> F.of("x").as("a".repeat(100_000))).isInstanceOf(FieldError.class)
                .hasMessageContaining("100000 characters; at most 255");
    }

    @Test
    void publicConstructorsCheckWhatTheFactoriesCheck() {
        assertThatThrownBy(() -> new Trunc(F.of("at"), "day', {0}); DELETE FROM t; --")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Trunc kind must be one of year, quarter, month, week, day, hour, minute, second");
        assertThatThrownBy(() -> new Extract(F.of("at"), "year) from t; --")).isInstanceOf(FieldError.class)
                .hasMessageContaining("Extract's part must be a name");
        assertThatThrownBy(() -> new Cast(F.of("x"), Object.class, 0, 0)).isInstanceOf(FieldError.class)
                .hasMessageContaining("Cast can convert to String");
        assertThatThrownBy(() -> new Cast(F.of("x"), BigDecimal.class, -1, 2)).isInstanceOf(FieldError.class)
                .hasMessageContaining("1 <= maxDigits <= 65");
        assertThatThrownBy(() -> new Named(F.of("x"), "n; DROP TABLE t")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> new io.aksara.query.Expr.Trunc(null, "fortnight")).isInstanceOf(FieldError.class);
        assertThat(new Trunc(F.of("at"), "week").kind()).isEqualTo("week");
    }

    @Test
    void jsonKeysAreBoundSoOnlyControlCharactersAndEmptyKeysAreRefused() {
        assertThat(new JsonKey("it's \"quoted\"; -- fine").key()).isEqualTo("it's \"quoted\"; -- fine");
        assertThatThrownBy(() -> new JsonKey("a\u0000b")).isInstanceOf(FieldError.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> new JsonKey("")).isInstanceOf(FieldError.class);
    }
}
