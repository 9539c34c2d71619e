package io.aksara.internal.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.internal.ModelInternals;
import io.aksara.internal.RelationState;
import io.aksara.internal.prefetch.OwnerKeysTest.Numbered;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owners of one reverse prefetch share one relation state until each first uses it: then
 * each reads its own rows, keeps its own list, and a change to one owner's state leaves the
 * others' alone.
 */
class SharedRelationsTest {
    private static final class Row extends Model {}

    private final List<Model> rows = List.of(new Row(), new Row(), new Row());
    private final List<Numbered> owners = new ArrayList<>(List.of(Numbered.of(1), Numbered.of(2), Numbered.of(3)));

    private RowGroups shareAmongOwners() {
        OwnerKeys keys = OwnerKeys.of(owners);
        RowGroups groups = RowGroups.of(rows, new int[] {0, 2, 0}, keys.size()).sharedBy(owners, keys);
        RelationState state = RelationState.shared("rows", groups);
        for (Numbered owner : owners) {
            assertThat(ModelInternals.shareRelations(owner, state)).isTrue();
        }
        return groups;
    }

    @Test
    void eachOwnerReadsItsOwnRowsAndKeepsItsList() {
        shareAmongOwners();
        List<Model> first = PrefetchCache.relation(owners.get(0), "rows");
        assertThat(first).containsExactly(rows.get(0), rows.get(2));
        assertThat(PrefetchCache.<Model>relation(owners.get(0), "rows")).isSameAs(first);
        assertThat(PrefetchCache.<Model>relation(owners.get(1), "rows")).isEmpty();
        assertThat(PrefetchCache.<Model>relation(owners.get(2), "rows")).containsExactly(rows.get(1));
        assertThat(ModelInternals.relationsIfAny(owners.get(0))).isNotSameAs(ModelInternals.relationsIfAny(owners.get(2)));
    }

    @Test
    void forgettingOneOwnersRowsLeavesTheOthers() {
        shareAmongOwners();
        PrefetchCache.forget(owners.get(2), "rows");
        assertThat(PrefetchCache.<Model>relation(owners.get(2), "rows")).isNull();
        assertThat(PrefetchCache.<Model>relation(owners.get(0), "rows")).containsExactly(rows.get(0), rows.get(2));
        ModelInternals.relations(owners.get(1)).strict(true);
        assertThat(ModelInternals.relationsIfAny(owners.get(0)).strict()).isFalse();
    }

    @Test
    void anOwnerWhoseKeyChangedOrWhoseListWasReorderedKeepsItsRows() {
        RowGroups groups = shareAmongOwners();
        Numbered third = owners.get(2);
        third.key = 1; // now the first owner's key: found by identity, not by key
        owners.sort((a, b) -> 0);
        owners.addFirst(owners.removeLast());
        assertThat(groups.groupOf(third)).isEqualTo(2);
        assertThat(PrefetchCache.<Model>relation(third, "rows")).containsExactly(rows.get(1));
        assertThat(groups.groupOf(Numbered.of(1))).as("an owner of the same key that was not fetched").isEqualTo(-1);
    }

    @Test
    void anOwnerWithAStateOfItsOwnTakesTheRelationBesideIt() {
        Numbered owner = owners.get(1);
        ModelInternals.loadRelation(owner, "other", List.of());
        OwnerKeys keys = OwnerKeys.of(owners);
        RowGroups groups = RowGroups.of(rows, new int[] {1, 1, 0}, keys.size()).sharedBy(owners, keys);
        assertThat(ModelInternals.shareRelations(owner, RelationState.shared("rows", groups))).isFalse();
        ModelInternals.loadRelation(owner, "rows", groups, 1);
        assertThat(PrefetchCache.<Model>relation(owner, "rows")).containsExactly(rows.get(0), rows.get(1));
        assertThat(PrefetchCache.<Model>relation(owner, "other")).isEmpty();
    }
}
