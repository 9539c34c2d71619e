package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An instance's loaded relations: kept by name, any number of them, each forgotten alone. */
class RelationStateTest {
    @Test
    void keepsEachRelationByNameAndReplacesOnReload() {
        RelationState state = new RelationState();
        assertThat(state.isLoaded("books")).isFalse();
        assertThat(state.loaded("books")).isNull();
        for (int i = 0; i < 5; i++) {
            state.load("r" + i, List.of(i));
        }
        state.load("r0", List.of("again"));
        state.load("r3", RelationState.ABSENT);
        assertThat(state.loaded("r0")).isEqualTo(List.of("again"));
        assertThat(state.loaded("r3")).isSameAs(RelationState.ABSENT);
        for (int i : new int[] {1, 2, 4}) {
            assertThat(state.loaded("r" + i)).isEqualTo(List.of(i));
        }
        assertThat(state.isLoaded("r5")).isFalse();
    }

    @Test
    void aNullValueStillCountsAsLoaded() {
        RelationState state = new RelationState();
        state.load("first", null);
        state.load("second", null);
        assertThat(state.isLoaded("first")).isTrue();
        assertThat(state.isLoaded("second")).isTrue();
    }

    @Test
    void forgettingOneLeavesTheOthers() {
        RelationState state = new RelationState();
        state.load("a", 1);
        state.load("b", 2);
        state.load("c", 3);
        state.load("d", 4);
        state.forget("a"); // the first: another takes its place
        state.forget("c"); // one of the others
        state.forget("nope");
        assertThat(state.isLoaded("a")).isFalse();
        assertThat(state.isLoaded("c")).isFalse();
        assertThat(state.loaded("b")).isEqualTo(2);
        assertThat(state.loaded("d")).isEqualTo(4);
        state.forget("b");
        state.forget("d");
        assertThat(state.isLoaded("b") || state.isLoaded("d")).isFalse();
        state.load("e", 5); // empty again: usable as new
        assertThat(state.loaded("e")).isEqualTo(5);
    }

    @Test
    void aGroupedFirstRelationIsMadeOnceOnFirstReadAndKept() {
        int[] made = {0};
        RelationState.Grouped rows = g -> {
            made[0]++;
            return List.of("row of group " + g);
        };
        RelationState state = RelationState.holding("pets", rows, 3);
        assertThat(state.isLoaded("pets")).isTrue();
        assertThat(made[0]).isZero(); // nothing made until read
        Object first = state.loaded("pets");
        assertThat(first).isEqualTo(List.of("row of group 3"));
        assertThat(state.loaded("pets")).isSameAs(first); // the same list on every later read
        assertThat(made[0]).isEqualTo(1);
    }

    @Test
    void aGroupedFurtherRelationIsMadeAtOnceAndReloadingReplacesTheGroup() {
        RelationState.Grouped rows = g -> List.of(g);
        RelationState state = new RelationState();
        state.load("a", 1);
        state.load("b", rows, 7); // not the first: kept as its list
        state.load("c", 3);
        assertThat(state.loaded("b")).isEqualTo(List.of(7));
        state.load("a", rows, 5); // the first again: replaced by another group
        assertThat(state.loaded("a")).isEqualTo(List.of(5));
        state.forget("a"); // the last further one moves up
        assertThat(state.loaded("c")).isEqualTo(3);
        assertThat(state.loaded("b")).isEqualTo(List.of(7));
        assertThat(state.isLoaded("a")).isFalse();
    }
}
