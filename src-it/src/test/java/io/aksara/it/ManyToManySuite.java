package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Created;
import io.aksara.DatabaseConfig;
import io.aksara.Many;
import io.aksara.Model;
import io.aksara.Q;
import io.aksara.aggregates.Count;
import io.aksara.errors.AksaraException;
import io.aksara.errors.FieldError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Article;
import io.aksara.it.models.Article_;
import io.aksara.it.models.Article_tags;
import io.aksara.it.models.Club;
import io.aksara.it.models.Membership;
import io.aksara.it.models.Person;
import io.aksara.it.models.Person_following;
import io.aksara.it.models.Person_friends;
import io.aksara.it.models.Tag;
import io.aksara.it.models.Tag_;
import io.aksara.test.AksaraTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Many-to-many relations on every database: a generated join model ({@code Article.tags}), a
 * symmetrical and a one-way relation of a model to itself ({@code Person.friends},
 * {@code Person.following}) and a through model with extra fields ({@code Club.members} through
 * {@code Membership}). Expected values are worked out by hand from the rows each test creates.
 */
@OnEveryDatabase
@AksaraTest // each test seeds its own rows, and they are rolled back after it
class ManyToManySuite {
    @Parameter
    TestDatabase db;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<? extends Model>[] MODELS = new Class[] {
        Tag.class, Article.class, Article_tags.class, Person.class, Person_friends.class, Person_following.class,
        Club.class, Membership.class
    };

    private MigratedSchema schema;
    private static final LocalDate JAN = LocalDate.of(2024, 1, 15);

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig tablesOn = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(tablesOn);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(tablesOn, MODELS);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema == null) {
            return;
        }
        schema.drop();
        Aksara.close();
    }

    private static Tag tag(String name) {
        return Tag.objects.create("name", name);
    }

    private static Article article(String title) {
        return Article.objects.create("title", title);
    }

    private static Person person(String name) {
        return Person.objects.create("name", name);
    }

    private static <T extends Model> List<String> names(List<T> rows, java.util.function.Function<T, String> name) {
        return rows.stream().map(name).toList();
    }

    // ------------------------------------------------------------------ the QuerySet methods of a Many

    @Test
    void manyOffersTheQuerySetMethodsAndItsQuerySetsLinkWhatTheyCreate() {
        Article a = article("a");
        a.tags.add(tag("java"), tag("sql"));
        tag("jvm"); // exists, not linked
        assertThat(a.tags.orderBy("-name").first().map(t -> t.name)).contains("sql");
        assertThat(a.tags.get("name", "java").name).isEqualTo("java");
        assertThat(a.tags.exclude(Q.of("name", "java")).count()).isEqualTo(1);
        // getOrCreate finds among the linked rows only, and links what it creates
        assertThat(a.tags.getOrCreate(Map.of("name", "java")).created()).isFalse();
        Created<Tag> orm = a.tags.filter("name__startswith", "o").getOrCreate(Map.of("name", "orm"));
        assertThat(orm.created()).isTrue();
        assertThat(names(a.tags.orderBy("name").fetch(), t -> t.name)).containsExactly("java", "orm", "sql");
        assertThat(orm.object().articles().count()).isEqualTo(1);
        // updateOrCreate through a refined QuerySet of the relation links too
        Created<Tag> kt = a.tags.all().updateOrCreate(Map.of("name", "kotlin"), Map.of());
        assertThat(kt.created()).isTrue();
        assertThat(a.tags.count()).isEqualTo(4);
        assertThat(a.tags.filter("name__startswith", "k").update("name", "kt")).isEqualTo(1); // one UPDATE
        assertThat(names(a.tags.orderBy("name").fetch(), t -> t.name)).containsExactly("java", "kt", "orm", "sql");
        assertThat(Tag.objects.filter("name", "jvm").exists()).isTrue();
    }

    // ------------------------------------------------------------------ prefetchRelated and strict mode

    @Test
    void prefetchLoadsBothSidesWithTwoQueriesPerLevel() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Tag go = tag("go");
        Article a = article("A");
        Article b = article("B");
        article("C");
        a.tags.add(java, sql);
        b.tags.add(sql, go);

        List<Article> articles = new java.util.ArrayList<>();
        List<String> sqlRun = io.aksara.QueryLog.capture(() -> articles.addAll(
                Article.objects.prefetchRelated("tags").orderBy("title").fetch()));
        assertThat(sqlRun).hasSize(3); // the articles, their links, the tags
        assertThat(io.aksara.QueryLog.capture(() -> {
            assertThat(names(articles.get(0).tags.all().orderBy("name").fetch().stream().toList(), t -> t.name))
                    .containsExactlyInAnyOrder("java", "sql");
            assertThat(articles.get(1).tags.count()).isEqualTo(2);
            assertThat(articles.get(2).tags.exists()).isFalse();
        })).hasSize(1); // orderBy on a prefetched relation is a new query; the rest came from memory

        // the other side, a Prefetch with its own ordering, and strict mode
        List<Tag> tags = Tag.objects.strict().prefetchRelated(
                io.aksara.Prefetch.of("articles", Article.objects.orderBy("-title"))).orderBy("name").fetch();
        assertThat(names(tags.get(2).articles().all().fetch(), x -> x.title)).containsExactly("B", "A"); // sql
        assertThat(names(tags.get(0).articles().all().fetch(), x -> x.title)).containsExactly("B"); // go
        Tag strictJava = Tag.objects.strict().get("name", "java");
        assertThatThrownBy(() -> strictJava.articles().all())
                .isInstanceOf(io.aksara.errors.RelationNotLoaded.class).hasMessageContaining("Tag.articles");
        // a write through the manager forgets what was prefetched
        Article first = articles.getFirst();
        first.tags.add(go);
        assertThat(first.tags.count()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ both sides of a generated join model

    @Test
    void addLinksAndBothSidesSeeIt() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        tag("go");
        Article a = article("Aksara in practice");

        a.tags.add(java, sql);

        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("java", "sql");
        assertThat(a.tags.count()).isEqualTo(2);
        assertThat(a.tags.exists()).isTrue();
        assertThat(names(java.articles().all().fetch(), x -> x.title)).containsExactly("Aksara in practice");
        assertThat(tag("rust").articles().exists()).isFalse();
        assertThat(names(a.tags.filter("name__startswith", "j").fetch(), t -> t.name)).containsExactly("java");
        assertThat(names(a.tags.exclude("name", "java").fetch(), t -> t.name)).containsExactly("sql");
        // a freshly loaded instance has its own manager, bound to it
        Article loaded = Article.objects.get("pk", a.id);
        assertThat(loaded.tags.count()).isEqualTo(2);
    }

    @Test
    void addIsIdempotent() {
        Tag java = tag("java");
        Article a = article("A");
        a.tags.add(java);
        a.tags.add(java, java);
        a.tags.add(List.of(java));
        a.tags.addIds(java.id);

        assertThat(Article_tags.objects.count()).isEqualTo(1);
        assertThat(a.tags.count()).isEqualTo(1);
    }

    @Test
    void removeAndClearDeleteLinksOnly() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Tag go = tag("go");
        Article a = article("A");
        Article b = article("B");
        a.tags.add(java, sql, go);
        b.tags.add(java);

        a.tags.remove(sql);
        a.tags.remove(tag("never linked"));
        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("go", "java");

        a.tags.removeIds(go.id);
        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("java");

        a.tags.clear();
        assertThat(a.tags.count()).isZero();
        assertThat(b.tags.count()).as("other owners keep their links").isEqualTo(1);
        assertThat(Tag.objects.count()).as("the tags themselves stay").isEqualTo(4);
    }

    @Test
    void setKeepsLinksThatStayAndReplacesTheRest() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Tag jooq = tag("jooq");
        Article a = article("A");
        a.tags.add(java, sql);
        Long sqlLink = Article_tags.objects.get("article", a, "tag", sql).id;

        a.tags.set(List.of(sql, jooq));

        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("jooq", "sql");
        assertThat(Article_tags.objects.get("article", a, "tag", sql).id).as("untouched").isEqualTo(sqlLink);
        a.tags.set(List.of());
        assertThat(a.tags.exists()).isFalse();
    }

    @Test
    void createMakesTheRowAndLinksIt() {
        Article a = article("A");
        Tag orm = a.tags.create("name", "orm");

        assertThat(orm.id).isNotNull();
        assertThat(Tag.objects.get("name", "orm").id).isEqualTo(orm.id);
        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("orm");

        Article b = orm.articles().create("title", "B");
        assertThat(names(orm.articles().all().fetch(), x -> x.title)).containsExactly("A", "B");
        assertThat(b.tags.count()).isEqualTo(1);
    }

    @Test
    void theTargetSideWritesToo() {
        Tag java = tag("java");
        Article a = article("A");
        Article b = article("B");
        java.articles().add(a, b);
        assertThat(names(a.tags.all().fetch(), t -> t.name)).containsExactly("java");

        java.articles().remove(a);
        assertThat(a.tags.exists()).isFalse();
        assertThat(b.tags.count()).isEqualTo(1);

        java.articles().set(List.of(a));
        assertThat(names(java.articles().all().fetch(), x -> x.title)).containsExactly("A");
        java.articles().clear();
        assertThat(Article_tags.objects.count()).isZero();
    }

    // ------------------------------------------------------------------ relations of a model to itself

    @Test
    void symmetricalLinksGoBothWays() {
        Person ann = person("Ann");
        Person bob = person("Bob");
        Person cy = person("Cy");

        ann.friends.add(bob, cy);
        assertThat(names(bob.friends.all().fetch(), p -> p.name)).containsExactly("Ann");
        assertThat(names(ann.friends.all().fetch(), p -> p.name)).containsExactly("Bob", "Cy");
        assertThat(Person_friends.objects.count()).as("one row per direction").isEqualTo(4);

        bob.friends.add(ann);
        assertThat(Person_friends.objects.count()).as("already linked both ways").isEqualTo(4);

        bob.friends.remove(ann);
        assertThat(ann.friends.all().fetch()).extracting(p -> p.name).containsExactly("Cy");
        assertThat(bob.friends.exists()).isFalse();

        cy.friends.clear();
        assertThat(ann.friends.exists()).isFalse();
        assertThat(Person_friends.objects.count()).isZero();
    }

    @Test
    void oneWaySelfRelationHasAReverseSide() {
        Person ann = person("Ann");
        Person bob = person("Bob");
        ann.following.add(bob);

        assertThat(bob.following.exists()).isFalse();
        assertThat(names(bob.followers().all().fetch(), p -> p.name)).containsExactly("Ann");
        assertThat(Person_following.objects.count()).isEqualTo(1);
        assertThat(names(Person.objects.filter("followers__name", "Ann").fetch(), p -> p.name)).containsExactly("Bob");
        assertThat(names(Person.objects.filter("following__name", "Bob").fetch(), p -> p.name)).containsExactly("Ann");
    }

    @Test
    void symmetricalRelationHasNoSeparateReverseSide() {
        Person ann = person("Ann");
        assertThatThrownBy(() -> Person.objects.filter("person__name", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'person' on Person");
        assertThat(ann.friends.count()).isZero();
    }

    // ------------------------------------------------------------------ a through model with extra fields

    @Test
    void throughDefaultsFillTheExtraFields() {
        Club chess = Club.objects.create("name", "Chess");
        Person ann = person("Ann");
        Person bob = person("Bob");

        chess.members.add(List.of(ann), Map.of("role", "captain", "joinedOn", JAN));
        chess.members.add(List.of(bob), Map.of("role", "member", "joinedOn", JAN.plusDays(3)));

        Membership m = Membership.objects.get("person", ann);
        assertThat(m.role).isEqualTo("captain");
        assertThat(m.joinedOn).isEqualTo(JAN);
        assertThat(names(chess.members.all().fetch(), p -> p.name)).containsExactly("Ann", "Bob");
        assertThat(names(bob.clubs().all().fetch(), c -> c.name)).containsExactly("Chess");
        assertThat(names(Person.objects.filter("memberships__role", "captain").fetch(), p -> p.name))
                .containsExactly("Ann");

        chess.members.remove(ann);
        assertThat(Membership.objects.count()).isEqualTo(1);
        Person cy = chess.members.create(Map.of("role", "coach", "joinedOn", JAN), "name", "Cy");
        assertThat(Membership.objects.get("person", cy).role).isEqualTo("coach");
    }

    @Test
    void missingRequiredThroughFieldsWriteNothing() {
        Club chess = Club.objects.create("name", "Chess");
        Person ann = person("Ann");
        Person bob = person("Bob");
        chess.members.add(List.of(ann), Map.of("role", "captain", "joinedOn", JAN));

        assertThatThrownBy(() -> chess.members.add(bob))
                .isInstanceOf(ValidationError.class).hasMessageContaining("role");
        // set() removes Ann first, then fails to add Bob: the transaction undoes the removal
        assertThatThrownBy(() -> chess.members.set(List.of(bob), Map.of("role", "member")))
                .isInstanceOf(ValidationError.class).hasMessageContaining("joinedOn");
        assertThat(names(chess.members.all().fetch(), p -> p.name)).containsExactly("Ann");
        assertThatThrownBy(() -> chess.members.add(List.of(bob), Map.of("rank", 1)))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("'rank' is not a field the through model Membership lets you set")
                .hasMessageContaining("role, joinedOn");
        assertThatThrownBy(() -> chess.members.add(List.of(bob), Map.of("club", chess)))
                .isInstanceOf(FieldError.class);
        assertThat(Membership.objects.count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ lookups across the relation

    @Test
    void lookupsForwardAndBack() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Article a = article("Java and SQL");
        Article b = article("Only Java");
        article("Untagged");
        a.tags.add(java, sql);
        b.tags.add(java);

        assertThat(names(Article.objects.filter("tags__name", "java").fetch(), x -> x.title))
                .containsExactly("Java and SQL", "Only Java");
        assertThat(names(Article.objects.filter("tags__name__in", List.of("java", "sql")).fetch(), x -> x.title))
                .as("each article once").containsExactly("Java and SQL", "Only Java");
        assertThat(names(Article.objects.filter("tags", sql).fetch(), x -> x.title)).containsExactly("Java and SQL");
        assertThat(names(Article.objects.filter("tags__in", List.of(sql)).fetch(), x -> x.title))
                .containsExactly("Java and SQL");
        assertThat(names(Article.objects.filter("tags__isnull", true).fetch(), x -> x.title)).containsExactly("Untagged");
        assertThat(Article.objects.filter("tags__isnull", false).count()).isEqualTo(2);
        assertThat(names(Article.objects.exclude("tags__name", "sql").fetch(), x -> x.title))
                .containsExactly("Only Java", "Untagged");

        assertThat(names(Tag.objects.filter("articles__title__contains", "Only").fetch(), t -> t.name))
                .containsExactly("java");
        assertThat(names(Tag.objects.filter("articles", a).fetch(), t -> t.name)).containsExactly("java", "sql");

        assertThat(names(Article.objects.filter(Article_.tags.then(Tag_.name).startsWith("s")).fetch(), x -> x.title))
                .containsExactly("Java and SQL");
        assertThat(names(Article.objects.filter(Article_.tags.isEmpty()).fetch(), x -> x.title))
                .containsExactly("Untagged");
        assertThat(names(Article.objects.filter(Article_.tags.contains(sql)).fetch(), x -> x.title))
                .containsExactly("Java and SQL");
    }

    @Test
    void conditionsInOneFilterCallMeetOnTheSameLink() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Article both = article("Both");
        both.tags.add(java, sql);
        article("Java only").tags.add(java);

        // one call: one tag would have to be named both ways, as in Django
        assertThat(Article.objects.filter(Q.of("tags__name", "java").and(Q.of("tags__name", "sql"))).count()).isZero();
        // chained calls: each condition may meet another tag
        assertThat(names(Article.objects.filter("tags__name", "java").filter("tags__name", "sql").fetch(),
                x -> x.title)).containsExactly("Both");
    }

    @Test
    void countAcrossTheRelation() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        tag("go");
        article("Two").tags.add(java, sql);
        article("One").tags.add(java);
        article("None");

        List<Article> articles = Article.objects.annotate(Count.of("tags")).orderBy("title").fetch();
        assertThat(articles).extracting(x -> x.title, x -> x.annotation("tags__count", Long.class))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("None", 0L),
                        org.assertj.core.groups.Tuple.tuple("One", 1L),
                        org.assertj.core.groups.Tuple.tuple("Two", 2L));
        List<Tag> tags = Tag.objects.annotate("uses", Count.of("articles")).filter("uses__gte", 1).fetch();
        assertThat(tags).extracting(t -> t.name, t -> t.annotation("uses", Long.class))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("java", 2L),
                        org.assertj.core.groups.Tuple.tuple("sql", 1L));
        assertThat(Article.objects.aggregate(Count.of("tags"))).containsEntry("tags__count", 3L);
    }

    // ------------------------------------------------------------------ deletion

    @Test
    void deletingEitherSideDeletesItsLinks() {
        Tag java = tag("java");
        Tag sql = tag("sql");
        Article a = article("A");
        Article b = article("B");
        a.tags.add(java, sql);
        b.tags.add(java, sql);

        a.delete();
        assertThat(Article_tags.objects.count()).isEqualTo(2);
        assertThat(Tag.objects.count()).as("tags stay").isEqualTo(2);

        sql.delete();
        assertThat(names(b.tags.all().fetch(), t -> t.name)).containsExactly("java");
        assertThat(Article_tags.objects.count()).isEqualTo(1);

        Club chess = Club.objects.create("name", "Chess");
        Person ann = person("Ann");
        chess.members.add(List.of(ann), Map.of("role", "captain", "joinedOn", JAN));
        ann.friends.add(person("Bob"));
        ann.delete();
        assertThat(Membership.objects.count()).isZero();
        assertThat(Person_friends.objects.count()).isZero();
    }

    // ------------------------------------------------------------------ mistakes, before any SQL

    @Test
    void unsavedInstancesAreRefused() {
        Tag java = tag("java");
        Article unsaved = new Article();
        unsaved.title = "draft";
        assertThatThrownBy(() -> unsaved.tags.add(java))
                .isInstanceOf(AksaraException.class).hasMessageContaining("This Article must be saved before its Article.tags");
        assertThatThrownBy(() -> unsaved.tags.all())
                .isInstanceOf(AksaraException.class).hasMessageContaining("must be saved");

        Article a = article("A");
        Tag draft = new Tag();
        draft.name = "draft";
        assertThatThrownBy(() -> a.tags.add(java, draft))
                .isInstanceOf(AksaraException.class).hasMessageContaining("This Tag must be saved before it can be linked");
        assertThat(Article_tags.objects.count()).as("not even the saved one").isZero();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void wrongTypesAreRefused() {
        Article a = article("A");
        Person ann = person("Ann");
        Many raw = a.tags;
        assertThatThrownBy(() -> raw.add(List.of(ann)))
                .isInstanceOf(AksaraException.class).hasMessageContaining("Article.tags takes Tag instances, got a Person");
        assertThatThrownBy(() -> a.tags.addIds("not a number"))
                .isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> a.tags.addIds(ann))
                .isInstanceOf(AksaraException.class).hasMessageContaining("pass instances to add()");
        assertThat(Article_tags.objects.count()).isZero();
    }

    @Test
    void linkingAMissingRowIsRefusedByTheDatabaseAndWritesNothing() {
        Tag java = tag("java");
        Article a = article("A");
        assertThatThrownBy(() -> a.tags.addIds(java.id, java.id + 1000))
                .isInstanceOf(io.aksara.errors.ForeignKeyViolation.class);
        assertThat(a.tags.exists()).as("the valid link was rolled back with the other").isFalse();
    }

    @Test
    void typosInRelationNamesSuggestTheRightOne() {
        assertThatThrownBy(() -> Article.objects.filter("tgas__name", "java"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'tgas' on Article")
                .hasMessageContaining("Did you mean 'tags'?");
        assertThatThrownBy(() -> Tag.objects.filter("artciles__title", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Did you mean 'articles'?");
        assertThatThrownBy(() -> Article.objects.filter("tags__nmae", "x"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Cannot resolve 'nmae' on Tag");
        assertThatThrownBy(() -> Article.objects.filter("Article_tags_article+", 1))
                .as("the join model's reverse names are hidden").isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Article.objects.create("title", "x", "tags", List.of()))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Article.tags is a many-to-many relation, not a column")
                .hasMessageContaining("tags.set(...)");
    }
}
