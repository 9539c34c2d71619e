package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The storable-text check at the edges of its fast path (NUL and the surrogate range U+D800..U+DFFF). */
class TextRulesTest {
    @Test
    void acceptsTextAroundTheSurrogateRangeAndWholePairs() {
        assertThat(TextRules.problem("")).isNull();
        assertThat(TextRules.problem("plain, {quoted} \"NULL\" \\ text")).isNull();
        assertThat(TextRules.problem("\u0001\u00ff\ud7ff\ue000\uffff")).isNull();
        assertThat(TextRules.problem("Grüße 日本語 \ud83d\ude00 and \udbff\udfff")).isNull();
    }

    @Test
    void findsNulAnywhere() {
        assertThat(TextRules.problem("\u0000abc")).contains("index 0");
        assertThat(TextRules.problem("ab\u0000")).contains("index 2");
        assertThat(TextRules.problem("日本\u0000")).contains("index 2");
    }

    @Test
    void findsUnpairedSurrogates() {
        assertThat(TextRules.problem("a\ud800")).contains("\\uD800", "index 1");
        assertThat(TextRules.problem("\udc00b")).contains("\\uDC00", "index 0");
        assertThat(TextRules.problem("\ud83d\ud83d\ude00")).contains("\\uD83D", "index 0");
        assertThat(TextRules.problem("\udfff")).contains("\\uDFFF");
    }
}
