package io.aksara.jooq.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.errors.UniqueViolation;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slow-query log's line, and that observing statements needs no Micrometer. */
class SlowQueryLogTest {
    private final ObservedStatement statement = new ObservedStatement("default", "Product", "select",
            "select products.id from products where products.name = ? and products.price < ?", Arrays.asList("secret", null));

    @Test
    void theLineHasTheSqlAndTheParameterCountAndTheValuesOnlyWhenAsked() {
        String plain = SlowQueryLog.line(statement, 812_400_000L, Duration.ofMillis(500), 40, null, false);
        assertThat(plain).isEqualTo("[default] slow select on Product: 812.4 ms (threshold 500 ms), 2 parameters, 40 rows"
                + " | select products.id from products where products.name = ? and products.price < ?");
        assertThat(SlowQueryLog.line(statement, 1_000_000L, Duration.ZERO, -1, new UniqueViolation("x", null, null, null), true))
                .contains("failed: UniqueViolation").endsWith("| values [secret, null]");
    }

    @Test
    void observersNeedNoMicrometerOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
        List<String> seen = new java.util.ArrayList<>();
        try (StatementObservers.Registration r = StatementObservers.register(s -> (rows, error) -> seen.add(s.model()))) {
            assertThat(StatementObservers.any()).isTrue();
            StatementObservers.all().forEach(o -> o.started(statement).finished(1, null));
        }
        assertThat(seen).containsExactly("Product");
        assertThat(StatementObservers.any()).isFalse();
        assertThatThrownBy(() -> SlowQueryLog.enable(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
