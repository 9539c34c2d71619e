package io.aksara.jooq.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationValuesTest {
    @Test
    void postgresIntervalTextReadsAsADuration() {
        assertThat(DurationValues.parseInterval("00:00:00")).isEqualTo(Duration.ZERO);
        assertThat(DurationValues.parseInterval("01:30:00")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationValues.parseInterval("-01:30:00.000005")).isEqualTo(Duration.ofMinutes(-90).minusNanos(5_000));
        assertThat(DurationValues.parseInterval("9600:00:00.123456")).isEqualTo(Duration.ofHours(9600).plusNanos(123_456_000));
        assertThat(DurationValues.parseInterval("1 day 02:03:04.5")).isEqualTo(Duration.parse("P1DT2H3M4.5S"));
        assertThat(DurationValues.parseInterval("-1 days +02:00:00")).isEqualTo(Duration.ofHours(-22));
        assertThat(DurationValues.parseInterval("3 days")).isEqualTo(Duration.ofDays(3));
        assertThat(DurationValues.parseInterval("1 year 2 mons")).isEqualTo(Duration.ofDays(365 + 60));
    }

    @Test
    void microsecondsAreTruncatedAndAveragesRounded() {
        assertThat(DurationValues.micros(Duration.ofSeconds(1, 1_999))).isEqualTo(1_000_001L);
        assertThat(DurationValues.micros(Duration.ofNanos(-1_500))).isEqualTo(-1L);
        assertThat(DurationValues.ofMicros(new BigDecimal("2.5"))).isEqualTo(Duration.ofNanos(2_000));
        assertThat(DurationValues.ofMicros(new BigDecimal("3.5000"))).isEqualTo(Duration.ofNanos(4_000));
        assertThat(DurationValues.intervalText(Duration.ofMinutes(-1))).isEqualTo("-60000000 microseconds");
    }
}
