package io.aksara.jooq.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InsertTextsTest {
    private static InsertTexts.Shape rows(int n) {
        return new InsertTexts.Shape(null, true, n, new BitSet());
    }

    @Test
    void anUpsertTextIsKeptOnlyWhenTheValuesReadDirectlyEqualJooqs() {
        InsertTexts texts = new InsertTexts();
        InsertTexts.UpsertShape byId = new InsertTexts.UpsertShape(rows(2), List.of("id"), List.of("name"));
        AtomicInteger renders = new AtomicInteger();
        InsertTexts.Rendered first = texts.get(byId, List.of(1L, "a"), () -> {
            renders.incrementAndGet();
            return new InsertTexts.Rendered("merge ..", List.of(1L, "a"));
        });
        assertThat(first.sql()).isEqualTo("merge ..");
        assertThat(texts.cached(new InsertTexts.UpsertShape(rows(2), List.of("id"), List.of("name")))).isEqualTo("merge ..");
        InsertTexts.Rendered second = texts.get(byId, List.of(2L, "b"), () -> {
            throw new AssertionError("a kept text is not rendered again");
        });
        assertThat(second.binds()).containsExactly(2L, "b");
        assertThat(renders).hasValue(1);
        // other update fields, another row count or the INSERT of the same rows: not this text
        assertThat(texts.cached(new InsertTexts.UpsertShape(rows(2), List.of("id"), List.of("other")))).isNull();
        assertThat(texts.cached(new InsertTexts.UpsertShape(rows(3), List.of("id"), List.of("name")))).isNull();
        assertThat(texts.cached(rows(2))).isNull();
    }

    @Test
    void anUpsertWhoseValuesJooqBindsOtherwiseIsAlwaysRendered() {
        InsertTexts texts = new InsertTexts();
        InsertTexts.UpsertShape shape = new InsertTexts.UpsertShape(rows(1), List.of("code"), List.of("name"));
        texts.get(shape, List.of("x"), () -> new InsertTexts.Rendered("insert ..", List.of("X")));
        assertThat(texts.cached(shape)).isNull();
        AtomicInteger renders = new AtomicInteger();
        InsertTexts.Rendered again = texts.get(shape, List.of("y"), () -> {
            renders.incrementAndGet();
            return new InsertTexts.Rendered("insert ..", List.of("Y"));
        });
        assertThat(again.binds()).containsExactly("Y");
        assertThat(renders).hasValue(1);
    }
}
