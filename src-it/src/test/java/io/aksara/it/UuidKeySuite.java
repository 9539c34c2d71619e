package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.it.models.Crate;
import io.aksara.it.models.Crate_kits;
import io.aksara.it.models.Kit;
import io.aksara.it.models.Part;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A UUID primary key end to end on every database (MariaDB keeps it as char(36)): save and get,
 * a foreign key to it both ways, selectRelated, prefetchRelated, a many-to-many and cascade.
 */
@OnEveryDatabase
class UuidKeySuite extends SuiteSchema {
    UuidKeySuite() {
        super(Kit.class, Part.class, Crate.class, Crate_kits.class);
    }

    @Test
    void saveGetAndAForeignKeyBothWays() {
        Kit kit = Kit.objects.create("name", "starter");
        assertThat(kit.key).isNotNull();
        assertThat(Kit.objects.get("key", kit.key).name).isEqualTo("starter");
        assertThat(Kit.objects.get("pk", kit.key).key).isEqualTo(kit.key);

        kit.name = "renamed";
        kit.save();
        assertThat(Kit.objects.count()).isEqualTo(1);
        assertThat(Kit.objects.get("key", kit.key).name).isEqualTo("renamed");

        Part.objects.create("name", "bolt", "kit", Ref.to(kit));
        Part nut = Part.objects.create("name", "nut", "kit", Ref.toId(Kit.class, kit.key));
        assertThat(Part.objects.get("id", nut.id).kit.id()).isEqualTo(kit.key);
        assertThat(Part.objects.get("id", nut.id).kit.get().name).isEqualTo("renamed");
        assertThat(Part.objects.filter("kit__name", "renamed").count()).isEqualTo(2);
        assertThat(Part.objects.filter("kit", kit.key).count()).isEqualTo(2);
        assertThat(kit.parts().all().orderBy("name").fetch().stream().map(p -> p.name)).containsExactly("bolt", "nut");
        assertThat(Kit.objects.filter("parts__name", "nut").fetch().stream().map(k -> k.key)).containsExactly(kit.key);

        List<Part> parts = Part.objects.selectRelated("kit").orderBy("name").fetch();
        assertThat(QueryLog.capture(() -> assertThat(parts.getFirst().kit.get().name).isEqualTo("renamed"))).isEmpty();

        kit.delete();
        assertThat(Part.objects.count()).isZero(); // CASCADE through the UUID key
    }

    @Test
    void prefetchAndManyToManyThroughAUuidKey() {
        Kit a = Kit.objects.create("name", "a");
        Kit b = Kit.objects.create("name", "b");
        Part.objects.create("name", "a1", "kit", Ref.to(a));
        Part.objects.create("name", "a2", "kit", Ref.to(a));
        Part.objects.create("name", "b1", "kit", Ref.to(b));

        List<Kit> kits = new ArrayList<>();
        assertThat(QueryLog.capture(() -> kits.addAll(Kit.objects.prefetchRelated("parts").orderBy("name").fetch()))).hasSize(2);
        assertThat(QueryLog.capture(() -> {
            assertThat(kits.get(0).parts().all().fetch().stream().map(p -> p.name)).containsExactlyInAnyOrder("a1", "a2");
            assertThat(kits.get(1).parts().all().fetch().stream().map(p -> p.name)).containsExactly("b1");
        })).isEmpty();

        Crate crate = Crate.objects.create("label", "c");
        crate.kits.add(a, b);
        assertThat(crate.kits.orderBy("name").fetch().stream().map(k -> k.key)).containsExactly(a.key, b.key);
        crate.kits.remove(a);
        assertThat(Crate.objects.get("id", crate.id).kits.fetch().stream().map(k -> k.key)).containsExactly(b.key);
        assertThat(Crate.objects.filter("kits__key", b.key).count()).isEqualTo(1);
        assertThat(Kit.objects.filter("crates__label", "c").fetch().stream().map(k -> k.name)).containsExactly("b");

        List<Crate> crates = new ArrayList<>();
        // the crates, their join rows, then the kits by their UUID keys
        assertThat(QueryLog.capture(() -> crates.addAll(Crate.objects.prefetchRelated("kits").fetch()))).hasSize(3);
        assertThat(QueryLog.capture(() -> assertThat(crates.getFirst().kits.fetch().stream().map(k -> k.name))
                .containsExactly("b"))).isEmpty();
    }
}
