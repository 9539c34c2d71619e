package io.aksara.it.conformance.proxy_models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.QueryLog;
import io.aksara.aggregates.Max;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.MultipleObjectsReturned;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.DjangoTestCase;
import io.aksara.meta.ModelRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Django 6.0 tests/proxy_models/tests.py {@code ProxyModelTests}: models marked
 * {@code @Meta(proxy = true)} share their concrete model's table, query it with their own managers
 * and ordering, and return instances of the proxy class.
 */
@OnEveryDatabase
class ProxyModelSuite extends DjangoTestCase {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Person.class, MyPerson.class, OtherPerson.class, MyPersonProxy.class, User.class,
                UserProxy.class, UserProxyProxy.class, Country.class, State.class, StateProxy.class, StatusPerson.class,
                LowerStatusPerson.class, BaseUser.class, TrackerUser.class, ProxyTrackerUser.class, Issue.class, Bug.class,
                ProxyBug.class, ProxyProxyBug.class, Improvement.class, ProxyImprovement.class);
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_same_manager_queries
    @Test
    void test_same_manager_queries() {
        assertThat(MyPerson.other.all().sql()).isEqualTo(Person.objects.orderBy("name").sql());
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_basic_proxy
    @Test
    void test_basic_proxy() {
        Person person = Person.objects.create("name", "Foo McBar");
        assertThat(Person.objects.all().fetch()).hasSize(1);
        assertThat(MyPerson.objects.all().fetch()).hasSize(1);
        assertThat(MyPerson.objects.get("name", "Foo McBar").id).isEqualTo(person.id);
        assertThat(MyPerson.objects.get("id", person.id).hasSpecialName()).isFalse();
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_inheritance_new_table
    @Test
    void test_inheritance_new_table() {
        assertThat(StatusPerson.objects.all().sql()).isNotEqualTo(Person.objects.all().sql());
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_no_proxy
    @Test
    void test_no_proxy() {
        Person.objects.create("name", "Foo McBar");
        assertThat(StatusPerson.objects.all().fetch()).isEmpty();
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_basic_proxy_reverse
    @Test
    void test_basic_proxy_reverse() {
        MyPerson.objects.create("name", "Bazza del Frob");
        assertThat(MyPerson.objects.all().fetch()).hasSize(1);
        assertThat(Person.objects.all().fetch()).hasSize(1);

        LowerStatusPerson.objects.create("status", "low", "name", "homer");
        assertThat(LowerStatusPerson.objects.all().fetch()).extracting(p -> p.name).containsExactly("homer");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_correct_type_proxy_of_proxy
    @Test
    void test_correct_type_proxy_of_proxy() {
        Person.objects.create("name", "Foo McBar");
        MyPerson.objects.create("name", "Bazza del Frob");
        LowerStatusPerson.objects.create("status", "low", "name", "homer");
        List<MyPersonProxy> all = MyPersonProxy.objects.all().fetch();
        assertThat(all).allSatisfy(p -> assertThat(p).isExactlyInstanceOf(MyPersonProxy.class));
        assertThat(all).extracting(p -> p.name).containsExactly("Bazza del Frob", "Foo McBar", "homer");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_proxy_included_in_ancestors (keys the
    // database generates: Django's test sets them by hand for MongoDB)
    @Test
    void test_proxy_included_in_ancestors() {
        Person.objects.create("name", "Foo McBar");
        MyPerson.objects.create("name", "Bazza del Frob");
        LowerStatusPerson.objects.create("status", "low", "name", "homer");
        long maxId = ((Number) Person.objects.aggregate("max_id", Max.of("id")).get("max_id")).longValue();

        assertThatThrownBy(() -> MyPersonProxy.objects.get("name", "Zathras")).isInstanceOf(DoesNotExist.class)
                .hasMessageContaining("MyPersonProxy");
        assertThatThrownBy(() -> MyPersonProxy.objects.get("id__lt", maxId + 1)).isInstanceOf(MultipleObjectsReturned.class);
        assertThatThrownBy(() -> StatusPerson.objects.get("name", "Zathras")).isInstanceOf(DoesNotExist.class);

        StatusPerson.objects.create("name", "Bazza Jr.");
        StatusPerson.objects.create("name", "Foo Jr.");
        long maxAfter = ((Number) Person.objects.aggregate("max_id", Max.of("id")).get("max_id")).longValue();
        assertThatThrownBy(() -> StatusPerson.objects.get("id__lt", maxAfter + 1)).isInstanceOf(MultipleObjectsReturned.class);
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_myperson_manager
    @Test
    void test_myperson_manager() {
        Person.objects.create("name", "fred");
        Person.objects.create("name", "wilma");
        Person.objects.create("name", "barney");

        assertThat(MyPerson.objects.all().fetch()).extracting(p -> p.name).containsExactly("barney", "fred");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_otherperson_manager
    @Test
    void test_otherperson_manager() {
        Person.objects.create("name", "fred");
        Person.objects.create("name", "wilma");
        Person.objects.create("name", "barney");

        assertThat(OtherPerson.objects.all().fetch()).extracting(p -> p.name).containsExactly("barney", "wilma");
        assertThat(OtherPerson.excluder.all().fetch()).extracting(p -> p.name).containsExactly("barney", "fred");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_user_proxy_models (MultiUserProxy,
    // a proxy of two proxies, needs multiple inheritance)
    @Test
    void test_user_proxy_models() {
        User.objects.create("name", "Bruce");

        assertThat(User.objects.all().fetch()).extracting(u -> u.name).containsExactly("Bruce");
        assertThat(UserProxy.objects.all().fetch()).extracting(u -> u.name).containsExactly("Bruce");
        assertThat(UserProxyProxy.objects.all().fetch()).extracting(u -> u.name).containsExactly("Bruce");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_proxy_for_model
    @Test
    void test_proxy_for_model() {
        assertThat(ModelRegistry.meta(UserProxyProxy.class).proxyFor()).isEqualTo(UserProxy.class);
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_concrete_model
    @Test
    void test_concrete_model() {
        assertThat(ModelRegistry.meta(UserProxyProxy.class).concreteType()).isEqualTo(User.class);
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_proxy_delete
    @Test
    void test_proxy_delete() {
        User.objects.create("name", "Bruce");
        UserProxy u2 = UserProxy.objects.create("name", "George");

        assertThat(UserProxy.objects.orderBy("name").fetch()).extracting(u -> u.name).containsExactly("Bruce", "George");
        u2.delete();
        assertThat(UserProxy.objects.all().fetch()).extracting(u -> u.name).containsExactly("Bruce");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_proxy_update
    @Test
    void test_proxy_update() {
        User user = User.objects.create("name", "Bruce");
        List<String> statements = QueryLog.capture(() -> UserProxy.objects.filter("id", user.id).update("name", "George"));
        assertThat(statements).hasSize(1);
        user.refreshFromDb();
        assertThat(user.name).isEqualTo("George");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_select_related
    @Test
    void test_select_related() {
        Country country = Country.objects.create("name", "Australia");
        State.objects.create("name", "New South Wales", "country", country);

        assertThat(State.objects.selectRelated("country").fetch()).extracting(s -> s.name).containsExactly("New South Wales");
        assertThat(StateProxy.objects.selectRelated("country").fetch()).extracting(s -> s.name)
                .containsExactly("New South Wales");
        assertThat(StateProxy.objects.get("name", "New South Wales").name).isEqualTo("New South Wales");

        StateProxy resp = StateProxy.objects.selectRelated("country").get("name", "New South Wales");
        assertThat(resp.name).isEqualTo("New South Wales");
        assertThat(QueryLog.capture(() -> assertThat(resp.country.get().name).isEqualTo("Australia"))).isEmpty();
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_filter_proxy_relation_reverse
    @Test
    void test_filter_proxy_relation_reverse() {
        TrackerUser tu = TrackerUser.objects.create("name", "Contributor", "status", "contrib");
        ProxyTrackerUser ptu = ProxyTrackerUser.objects.get();
        Issue issue = Issue.objects.create("assignee", tu);
        assertThat(tu.issues().get()).isEqualTo(issue);
        assertThat(ptu.issues().get()).isEqualTo(issue);
        assertThat(TrackerUser.objects.filter("issues", issue).fetch()).containsExactly(tu);
        assertThat(ProxyTrackerUser.objects.filter("issues", issue).fetch()).containsExactly(ptu);
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_proxy_bug
    @Test
    void test_proxy_bug() {
        ProxyTrackerUser contributor = ProxyTrackerUser.objects.create("name", "Contributor", "status", "contrib");
        BaseUser someone = BaseUser.objects.create("name", "Someone");
        Bug.objects.create("summary", "fix this", "version", "1.1beta", "assignee", contributor, "reporter", someone);
        ProxyTrackerUser pcontributor = ProxyTrackerUser.objects.create("name", "OtherContributor", "status", "proxy");
        Improvement.objects.create("summary", "improve that", "version", "1.1beta", "assignee", contributor,
                "reporter", pcontributor, "associatedBug", ProxyProxyBug.objects.all().fetch().getFirst());

        // related field filter on proxy
        assertThat(ProxyBug.objects.get("version__icontains", "beta")).hasToString("ProxyBug:fix this");
        // select related + filter on proxy
        assertThat(ProxyBug.objects.selectRelated().get("version__icontains", "beta")).hasToString("ProxyBug:fix this");
        // proxy of proxy, select related + filter
        assertThat(ProxyProxyBug.objects.selectRelated().get("version__icontains", "beta"))
                .hasToString("ProxyProxyBug:fix this");
        // select related + filter on a related proxy field
        assertThat(ProxyImprovement.objects.selectRelated().get("reporter__name__icontains", "butor"))
                .hasToString("ProxyImprovement:improve that");
        // select related + filter on a related proxy of proxy field
        assertThat(ProxyImprovement.objects.selectRelated().get("associatedBug__summary__icontains", "fix"))
                .hasToString("ProxyImprovement:improve that");
    }

    // Django 6.0 tests/proxy_models/tests.py ProxyModelTests.test_eq
    @Test
    void test_eq() {
        MyPerson mine = new MyPerson();
        mine.id = 100L;
        Person person = new Person();
        person.id = 100L;
        assertThat(mine).isEqualTo(person);
        assertThat(person).isEqualTo(mine);
        assertThat(mine.hashCode()).isEqualTo(person.hashCode());
    }

    // Aksara: a proxy adds no table, so the migration of these models makes one per concrete model
    @Test
    void proxiesShareTheirConcreteModelsTable() {
        assertThat(ModelRegistry.meta(MyPersonProxy.class).table()).isEqualTo("proxy_models_person");
        assertThat(ModelRegistry.meta(MyPerson.class).ordering()).containsExactly("name");
        assertThat(ModelRegistry.meta(MyPersonProxy.class).ordering()).containsExactly("name"); // inherited
        assertThat(io.aksara.schema.state.ModelStates.fromModels(models().stream()
                .<io.aksara.meta.ModelMeta<?>>map(ModelRegistry::metaOf).toList()).tables().keySet())
                .containsExactlyInAnyOrder("proxy_models_person", "proxy_models_user",
                        "proxy_models_country", "proxy_models_state", "proxy_models_statusperson",
                        "proxy_models_lowerstatusperson", "proxy_models_baseuser", "proxy_models_trackeruser",
                        "proxy_models_issue", "proxy_models_bug", "proxy_models_improvement");
    }
}
