package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {
    @Test
    void writesTheUtcInstantToTheMicrosecondInAFixedLayout() {
        OffsetDateTime t = OffsetDateTime.of(2026, 12, 7, 9, 5, 3, 123_456_789, ZoneOffset.UTC);

        assertThat(IsoTimestamps.utcText(t)).isEqualTo("2026-12-07T09:05:03.123456Z");
    }

    @Test
    void readsBackAsTheSameInstantAsTheValueStored() {
        OffsetDateTime[] values = {
            OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
            OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC),
            OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 1_000, ZoneOffset.UTC),
            OffsetDateTime.of(2000, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC),
        };
        for (OffsetDateTime t : values) {
            String text = IsoTimestamps.utcText(t);

            assertThat(OffsetDateTime.parse(text).toInstant()).as(text)
                    .isEqualTo(t.toInstant().truncatedTo(ChronoUnit.MICROS));
            assertThat(text).as(text).hasSize(27);
        }
    }

    @Test
    void leavesOtherOffsetsAndFarYearsToTheGeneralConversion() {
        assertThat(IsoTimestamps.utcText(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))).isNull();
        assertThat(IsoTimestamps.utcText(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isNull();
        assertThat(IsoTimestamps.utcText(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isNull();
    }

    @Test
    void writesOneArrayLiteralWithNullsAndTheGeneralTextQuoted() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 7, 9, 5, 3, 1_000, ZoneOffset.UTC);
        OffsetDateTime other = OffsetDateTime.of(2026, 12, 7, 9, 5, 3, 0, ZoneOffset.ofHours(2));
        String literal = IsoTimestamps.arrayLiteral(new Object[] {utc, null, other}, v -> "general");

        assertThat(literal).isEqualTo("{2026-12-07T09:05:03.000001Z,NULL,\"general\"}");
        assertThat(IsoTimestamps.arrayLiteral(new Object[0], v -> "")).isEqualTo("{}");
    }
}
