package io.aksara.internal.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import io.aksara.testmodels.Author;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each key once in the owners' order, each owner's group, and a loaded row's key back to its group, dense or hashed. */
class OwnerKeysTest {
    /** A model keyed by an Integer, as a page of owners by id is: the dense path. */
    static final class Numbered extends Model {
        Integer key;

        static final ModelMeta<Numbered> META = ModelRegistry.register(ModelMeta.builder(Numbered.class, Numbered::new)
                .field(FieldMeta.<Numbered, Integer>builder("key", FieldType.INTEGER, Integer.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.key, (m, v) -> m.key = v)).build())
                .build());

        static Numbered of(Integer key) {
            Numbered n = new Numbered();
            n.key = key;
            return n;
        }
    }

    @Test
    void denseKeysOnePerOwner() {
        OwnerKeys keys = OwnerKeys.of(List.of(Numbered.of(7), Numbered.of(5), Numbered.of(6)));
        assertThat(keys.onePerOwner()).isTrue();
        assertThat(keys.list()).containsExactly(7, 5, 6);
        assertThat(keys.groupOf(1)).isEqualTo(1);
        assertThat(keys.indexOf(6)).isEqualTo(2);
        assertThat(keys.indexOf(4)).isEqualTo(-1);
        assertThat(keys.indexOf(8)).isEqualTo(-1);
        assertThat(keys.indexOf(Integer.MIN_VALUE)).isEqualTo(-1);
        assertThat(keys.indexOf(Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(keys.indexOf(6L)).as("a key of another class is no owner's, as equals says").isEqualTo(-1);
        assertThat(keys.indexOf(null)).isEqualTo(-1);
    }

    @Test
    void repeatedAndMissingKeysGetGroups() {
        OwnerKeys keys = OwnerKeys.of(List.of(Numbered.of(3), Numbered.of(null), Numbered.of(1), Numbered.of(3)));
        assertThat(keys.onePerOwner()).isFalse();
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.list()).containsExactly(3, 1);
        assertThat(List.of(keys.groupOf(0), keys.groupOf(1), keys.groupOf(2), keys.groupOf(3))).containsExactly(0, -1, 1, 0);
        assertThat(keys.indexOf(1)).isEqualTo(1);
        assertThat(keys.indexOf(2)).isEqualTo(-1);
    }

    @Test
    void spreadIntegerKeysAndOtherKeysAreHashed() {
        List<Numbered> spread = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            spread.add(Numbered.of(i * 1_000_003));
        }
        OwnerKeys hashed = OwnerKeys.of(spread);
        assertThat(hashed.size()).isEqualTo(40);
        assertThat(hashed.indexOf(39 * 1_000_003)).isEqualTo(39);
        assertThat(hashed.indexOf(5)).isEqualTo(-1);

        Author a = new Author();
        a.id = 10L;
        Author b = new Author();
        b.id = 11L;
        OwnerKeys longs = OwnerKeys.of(List.of(a, b, a));
        assertThat(longs.list()).containsExactly(10L, 11L);
        assertThat(longs.groupOf(2)).isEqualTo(0);
        assertThat(longs.indexOf(11L)).isEqualTo(1);
        assertThat(longs.indexOf(11)).isEqualTo(-1);
    }

    @Test
    void noOwners() {
        OwnerKeys keys = OwnerKeys.of(List.of());
        assertThat(keys.size()).isZero();
        assertThat(keys.list()).isEmpty();
        assertThat(keys.indexOf(1)).isEqualTo(-1);
    }
}
