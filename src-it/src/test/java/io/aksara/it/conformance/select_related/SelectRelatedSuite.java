package io.aksara.it.conformance.select_related;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/select_related/tests.py SelectRelatedTests: the taxonomy of four species, and
 * how many queries following their keys takes with and without selectRelated.
 */
@OnEveryDatabase
class SelectRelatedSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Domain.class, Kingdom.class, Phylum.class, Klass.class, Order.class, Family.class, Genus.class,
                Species.class, HybridSpecies.class);
    }

    @Override
    protected void setUpTestData() {
        createTree("Eukaryota Animalia Anthropoda Insecta Diptera Drosophilidae Drosophila melanogaster");
        createTree("Eukaryota Animalia Chordata Mammalia Primates Hominidae Homo sapiens");
        createTree("Eukaryota Plantae Magnoliophyta Magnoliopsida Fabales Fabaceae Pisum sativum");
        createTree("Eukaryota Fungi Basidiomycota Homobasidiomycatae Agaricales Amanitacae Amanita muscaria");
    }

    /** Django's create_tree: each level by name, created when missing, pointing to the level above. */
    private static void createTree(String tree) {
        String[] n = tree.split(" ");
        Domain domain = Domain.objects.getOrCreate(Map.of("name", n[0])).object();
        Kingdom kingdom = Kingdom.objects.getOrCreate(Map.of("name", n[1]), Map.of("domain", domain)).object();
        Phylum phylum = Phylum.objects.getOrCreate(Map.of("name", n[2]), Map.of("kingdom", kingdom)).object();
        Klass klass = Klass.objects.getOrCreate(Map.of("name", n[3]), Map.of("phylum", phylum)).object();
        Order order = Order.objects.getOrCreate(Map.of("name", n[4]), Map.of("klass", klass)).object();
        Family family = Family.objects.getOrCreate(Map.of("name", n[5]), Map.of("order", order)).object();
        Genus genus = Genus.objects.getOrCreate(Map.of("name", n[6]), Map.of("family", family)).object();
        Species.objects.create("name", n[7], "genus", genus);
    }

    private static String domainOf(Species s) {
        return s.genus.get().family.get().order.get().klass.get().phylum.get().kingdom.get().domain.get().name;
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_access_fks_without_select_related
    @Test
    void test_access_fks_without_select_related() {
        assertThat(QueryLog.capture(() -> {
            Species fly = Species.objects.get("name", "melanogaster");
            assertThat(domainOf(fly)).isEqualTo("Eukaryota");
        })).hasSize(8);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_access_fks_with_select_related
    @Test
    void test_access_fks_with_select_related() {
        assertThat(QueryLog.capture(() -> {
            Species person = Species.objects.selectRelated("genus__family__order__klass__phylum__kingdom__domain")
                    .get("name", "sapiens");
            assertThat(domainOf(person)).isEqualTo("Eukaryota");
        })).hasSize(1);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_list_without_select_related
    @Test
    void test_list_without_select_related() {
        assertThat(QueryLog.capture(() -> {
            List<String> families = Species.objects.all().fetch().stream()
                    .map(o -> o.genus.get().family.get().name).sorted().toList();
            assertThat(families).containsExactly("Amanitacae", "Drosophilidae", "Fabaceae", "Hominidae");
        })).hasSize(9);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_list_with_select_related
    @Test
    void test_list_with_select_related() {
        assertThat(QueryLog.capture(() -> {
            List<String> families = Species.objects.selectRelated().fetch().stream()
                    .map(o -> o.genus.get().family.get().name).sorted().toList();
            assertThat(families).containsExactly("Amanitacae", "Drosophilidae", "Fabaceae", "Hominidae");
        })).hasSize(1);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_list_with_depth
    @Test
    void test_list_with_depth() {
        assertThat(QueryLog.capture(() -> {
            List<String> orders = Species.objects.selectRelated("genus__family").fetch().stream()
                    .map(o -> o.genus.get().family.get().order.get().name).sorted().toList();
            assertThat(orders).containsExactly("Agaricales", "Diptera", "Fabales", "Primates");
        })).hasSize(5);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_certain_fields
    @Test
    void test_certain_fields() {
        assertThat(QueryLog.capture(() -> {
            List<String> families = Species.objects.selectRelated("genus__family").fetch().stream()
                    .map(o -> o.genus.get().family.get().name).sorted().toList();
            assertThat(families).containsExactly("Amanitacae", "Drosophilidae", "Fabaceae", "Hominidae");
        })).hasSize(1);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_more_certain_fields
    @Test
    void test_more_certain_fields() {
        assertThat(QueryLog.capture(() -> {
            List<String> orders = Species.objects.filter("genus__name", "Amanita").selectRelated("genus__family")
                    .fetch().stream().map(o -> o.genus.get().family.get().order.get().name).toList();
            assertThat(orders).containsExactly("Agaricales");
        })).hasSize(2);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_field_traversal
    @Test
    void test_field_traversal() {
        assertThat(QueryLog.capture(() -> {
            String s = Species.objects.all().selectRelated("genus__family__order").orderBy("id").slice(0, 1).get()
                    .genus.get().family.get().order.get().name;
            assertThat(s).isEqualTo("Diptera");
        })).hasSize(1);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_chaining
    @Test
    void test_chaining() {
        List<Species> two = Species.objects.orderBy("id").slice(0, 2).fetch();
        HybridSpecies.objects.create("name", "hybrid", "parent1", two.get(0), "parent2", two.get(1));
        var queryset = HybridSpecies.objects.selectRelated("parent1").selectRelated("parent2");
        assertThat(QueryLog.capture(() -> {
            HybridSpecies obj = queryset.fetch().getFirst();
            assertThat(obj.parent1.get()).isEqualTo(two.get(0));
            assertThat(obj.parent2.get()).isEqualTo(two.get(1));
        })).hasSize(1);
    }

    // Django 6.0 tests/select_related/tests.py SelectRelatedTests.test_reverse_relation_caching
    @Test
    void test_reverse_relation_caching() {
        Species species = Species.objects.selectRelated("genus").filter("name", "melanogaster").first().orElseThrow();
        assertThat(QueryLog.capture(() -> assertThat(species.genus.get().name).isEqualTo("Drosophila"))).isEmpty();
        // the reverse side is not cached: it is a query
        assertThat(QueryLog.capture(() -> assertThat(species.genus.get().speciesSet().first().orElseThrow().name)
                .isEqualTo("melanogaster"))).hasSize(1);
    }
}
