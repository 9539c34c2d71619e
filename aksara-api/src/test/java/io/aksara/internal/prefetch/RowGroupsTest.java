package io.aksara.internal.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each owner's rows come back in the order they were fetched; unclaimed rows are left out. */
class RowGroupsTest {
    private static final class Row extends Model {}

    @Test
    void groupsKeepTheFetchOrderAndLeaveOutUnclaimedRows() {
        List<Model> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(new Row());
        }
        int[] groupOfRow = {2, 0, -1, 2, 0, 2, -1};
        RowGroups groups = RowGroups.of(rows, groupOfRow, 4);
        assertThat(groups.of(0)).containsExactly(rows.get(1), rows.get(4));
        assertThat(groups.of(1)).isEmpty();
        assertThat(groups.of(2)).containsExactly(rows.get(0), rows.get(3), rows.get(5));
        assertThat(groups.of(3)).isEmpty();
        assertThat(groups.of(-1)).isEmpty();
    }

    @Test
    void noGroupsAndNoRows() {
        assertThat(RowGroups.of(List.of(), new int[0], 0).of(-1)).isEmpty();
        List<Model> one = List.of(new Row());
        assertThat(RowGroups.of(one, new int[] {-1}, 0).of(-1)).isEmpty();
        assertThat(RowGroups.of(one, new int[] {0}, 1).of(0)).containsExactly(one.getFirst());
    }
}
