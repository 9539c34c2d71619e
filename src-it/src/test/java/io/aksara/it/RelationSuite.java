package io.aksara.it;

import static io.aksara.test.QueryAssertions.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Created;
import io.aksara.DatabaseConfig;
import io.aksara.ForUpdate;
import io.aksara.Prefetch;
import io.aksara.Q;
import io.aksara.QueryLog;
import io.aksara.Ref;
import io.aksara.Strict;
import io.aksara.Transaction;
import io.aksara.aggregates.Count;
import io.aksara.errors.AksaraException;
import io.aksara.errors.DoesNotExist;
import io.aksara.errors.FieldError;
import io.aksara.errors.RelationNotLoaded;
import io.aksara.errors.UniqueViolation;
import io.aksara.it.models.Album;
import io.aksara.it.models.Artist;
import io.aksara.it.models.ArtistBio;
import io.aksara.it.models.Label;
import io.aksara.it.models.Track;
import io.aksara.jooq.vendor.Feature;
import io.aksara.test.AksaraTest;
import io.aksara.test.WithoutRollback;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Relations (issue 4): forward keys and their Ref, reverse managers and their writes, one-to-one
 * both ways, selectRelated, prefetchRelated and the strict N+1 guard, on every database. Query
 * counts are taken with {@link QueryLog} and {@code assertNumQueries}, so "one query" is checked, not assumed.
 */
@OnEveryDatabase
@AksaraTest // each test seeds its own rows, and they are rolled back after it
class RelationSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config(); // once: each call may name a new database (H2 in memory)
        Aksara.configure(config);
        // the tables come from a migration, as an application's would
        schema = MigratedSchema.create(config, Label.class, Artist.class, Album.class, Track.class, ArtistBio.class);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    /**
     * Label "North" with Ada (2 albums: Alpha 2 tracks, Beta 1 track) and Bo (1 album: Gamma, no
     * tracks); Cy has no label and no album. Ada has a bio.
     */
    private Map<String, Artist> seed() {
        Label north = Label.objects.create("name", "North");
        Artist ada = Artist.objects.create("name", "Ada", "label", north);
        Artist bo = Artist.objects.create("name", "Bo", "label", north);
        Artist cy = Artist.objects.create("name", "Cy");
        Album alpha = Album.objects.create("title", "Alpha", "year", 2020, "artist", ada);
        Album beta = Album.objects.create("title", "Beta", "year", 2023, "artist", ada);
        Album.objects.create("title", "Gamma", "year", 2021, "artist", bo);
        Track.objects.create("title", "a1", "seconds", 200, "album", alpha);
        Track.objects.create("title", "a2", "seconds", 180, "album", alpha);
        Track.objects.create("title", "b1", "seconds", 240, "album", beta);
        ArtistBio.objects.create("artist", ada, "text", "Ada writes songs.");
        return Map.of("Ada", ada, "Bo", bo, "Cy", cy);
    }

    private static List<String> titles(List<? extends io.aksara.Model> rows) {
        return rows.stream().map(r -> r instanceof Album a ? a.title : r instanceof Track t ? t.title
                : r instanceof Artist ar ? ar.name : r.toString()).toList();
    }

    // ------------------------------------------------------------------ forward keys

    @Test
    void refGivesTheKeyWithoutAQueryAndLoadsTheTargetOnce() {
        seed();
        Album alpha = Album.objects.get("title", "Alpha");
        Artist ada = Artist.objects.get("name", "Ada");
        assertThat(QueryLog.capture(() -> assertThat(alpha.artist.id()).isEqualTo(ada.id))).isEmpty();
        assertThat(alpha.artist.isLoaded()).isFalse();
        List<String> first = QueryLog.capture(() -> assertThat(alpha.artist.get().name).isEqualTo("Ada"));
        List<String> again = QueryLog.capture(() -> assertThat(alpha.artist.get().name).isEqualTo("Ada"));
        assertThat(first).hasSize(1);
        assertThat(again).isEmpty();
        assertThat(alpha.artist.isLoaded()).isTrue();
    }

    @Test
    void keysAreAssignedFromInstancesOrIdsAndMayBeNull() {
        Map<String, Artist> a = seed();
        Album gamma = Album.objects.get("title", "Gamma");
        gamma.artist = Ref.to(a.get("Cy"));
        gamma.save();
        assertThat(Album.objects.get("title", "Gamma").artist.get().name).isEqualTo("Cy");
        gamma.artist = Ref.toId(Artist.class, a.get("Ada").id);
        gamma.save();
        assertThat(Album.objects.filter("artist__name", "Ada").count()).isEqualTo(3);
        Artist cy = Artist.objects.get("name", "Cy");
        assertThat(cy.label).isNull(); // a nullable key with no target is null, not an empty Ref
        Artist ada = Artist.objects.get("name", "Ada");
        ada.label = null;
        ada.save();
        assertThat(Artist.objects.filter("label__isnull", true).count()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ reverse managers

    @Test
    void reverseManagerReadsAndCreates() {
        Map<String, Artist> a = seed();
        Artist ada = a.get("Ada");
        assertThat(titles(ada.albums().all().orderBy("title").fetch())).containsExactly("Alpha", "Beta");
        assertThat(ada.albums().filter("year__gt", 2021).count()).isEqualTo(1);
        assertThat(titles(ada.albums().exclude("title", "Alpha").fetch())).containsExactly("Beta");
        assertThat(a.get("Cy").albums().exists()).isFalse();
        Album delta = a.get("Cy").albums().create("title", "Delta", "year", 2024);
        assertThat(delta.id).isNotNull();
        assertThat(delta.artist.id()).isEqualTo(a.get("Cy").id);
        assertThat(a.get("Cy").albums().count()).isEqualTo(1);
    }

    @Test
    void addMovesSavedRowsToTheOwnerInOneUpdate() {
        Map<String, Artist> a = seed();
        Album gamma = Album.objects.get("title", "Gamma");
        List<String> sql = QueryLog.capture(() -> a.get("Cy").albums().add(gamma));
        assertThat(sql).hasSize(1);
        assertThat(gamma.artist.id()).isEqualTo(a.get("Cy").id);
        assertThat(Album.objects.get("title", "Gamma").artist.id()).isEqualTo(a.get("Cy").id);

        Album unsaved = new Album();
        unsaved.title = "Draft";
        assertThatThrownBy(() -> a.get("Cy").albums().add(unsaved))
                .isInstanceOf(AksaraException.class).hasMessageContaining("not saved yet");
    }

    @Test
    void removeClearAndSetNeedANullableKeyAndFollowDjango() {
        Map<String, Artist> a = seed();
        Label north = Label.objects.get("name", "North");
        Artist ada = a.get("Ada");
        Artist bo = a.get("Bo");
        Artist cy = a.get("Cy");

        north.artists().remove(bo);
        assertThat(bo.label).isNull();
        assertThat(titles(north.artists().all().orderBy("name").fetch())).containsExactly("Ada");
        // Cy is not on the label: nothing changes, and the error says why
        assertThatThrownBy(() -> north.artists().remove(ada, cy))
                .isInstanceOf(DoesNotExist.class).hasMessageContaining("is not related to Label");
        assertThat(north.artists().count()).isEqualTo(1);

        north.artists().set(List.of(bo, cy));
        assertThat(titles(north.artists().all().orderBy("name").fetch())).containsExactly("Bo", "Cy");
        assertThat(Artist.objects.get("name", "Ada").label).isNull();

        assertThat(north.artists().clear()).isEqualTo(2);
        assertThat(Artist.objects.filter("label__isnull", true).count()).isEqualTo(3);

        // albums cannot be orphaned: their key is required
        Album alpha = Album.objects.get("title", "Alpha");
        assertThatThrownBy(() -> ada.albums().remove(alpha))
                .isInstanceOf(AksaraException.class).hasMessageContaining("Album.artist is required");
        assertThatThrownBy(() -> ada.albums().clear())
                .isInstanceOf(AksaraException.class).hasMessageContaining("nullable foreign key");
        // set() on a required key only adds
        Album gamma = Album.objects.get("title", "Gamma");
        ada.albums().set(List.of(gamma));
        assertThat(ada.albums().count()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ one-to-one

    @Test
    void oneToOneWorksBothWaysAndIsUnique() {
        Map<String, Artist> a = seed();
        ArtistBio bio = ArtistBio.objects.get("artist__name", "Ada");
        assertThat(bio.artist.get().name).isEqualTo("Ada");
        Artist ada = Artist.objects.get("name", "Ada");
        assertThat(ada.bio().text).isEqualTo("Ada writes songs.");
        assertThat(QueryLog.capture(ada::bio)).isEmpty(); // kept after the first load
        assertThatThrownBy(() -> a.get("Bo").bio())
                .isInstanceOf(DoesNotExist.class).hasMessageContaining("has no ArtistBio");
        // in its own atomic block (a savepoint): the test's transaction goes on after the violation
        assertThatThrownBy(() -> Transaction.atomic(() -> ArtistBio.objects.create("artist", a.get("Ada"), "text", "again")))
                .isInstanceOf(UniqueViolation.class);
        assertThat(Artist.objects.filter("bio__text__contains", "songs").count()).isEqualTo(1);
        assertThat(Artist.objects.filter("bio__isnull", true).count()).isEqualTo(2);
        ArtistBio.objects.create("artist", a.get("Bo"), "text", "Bo sings.");
        assertThat(a.get("Bo").bio().text).isEqualTo("Bo sings."); // a miss is not remembered
    }

    // ------------------------------------------------------------------ selectRelated

    @Test
    void selectRelatedOfTwoLevelsIsOneQuery() {
        seed();
        List<Track> tracks = new ArrayList<>();
        assertNumQueries(1, () -> tracks.addAll(Track.objects.selectRelated("album__artist").orderBy("title").fetch()));
        assertNumQueries(0, () -> assertThat(tracks.stream()
                .map(t -> t.title + "/" + t.album.get().title + "/" + t.album.get().artist.get().name))
                .containsExactly("a1/Alpha/Ada", "a2/Alpha/Ada", "b1/Beta/Ada"));
    }

    @Test
    void selectRelatedKeepsRowsWithoutATargetAndLeavesThatKeyNull() {
        seed();
        List<Artist> artists = new ArrayList<>();
        assertNumQueries(1, () -> artists.addAll(Artist.objects.selectRelated("label").orderBy("name").fetch()));
        assertThat(titles(artists)).containsExactly("Ada", "Bo", "Cy");
        assertNumQueries(0, () -> {
            assertThat(artists.get(0).label.get().name).isEqualTo("North");
            assertThat(artists.get(1).label.get().name).isEqualTo("North");
        });
        assertThat(artists.get(2).label).isNull();
        // three levels, the last one nullable, with a filter, ordering, slice and count alongside
        List<Track> tracks = Track.objects.selectRelated("album__artist__label").filter("seconds__gte", 200)
                .orderBy("-seconds").limit(1).fetch();
        assertThat(tracks).hasSize(1);
        assertThat(QueryLog.capture(() -> assertThat(tracks.getFirst().album.get().artist.get().label.get().name)
                .isEqualTo("North"))).isEmpty();
        assertThat(Track.objects.selectRelated("album__artist").filter("album__year", 2020).count()).isEqualTo(2);
    }

    @Test
    void selectRelatedCombinesWithAnnotationsAndRowLocks() {
        seed();
        List<Album> albums = Album.objects.selectRelated("artist").annotate(Count.of("tracks").as("n"))
                .orderBy("title").fetch();
        assertThat(albums.stream().map(a -> a.title + ":" + a.annotation("n", Long.class) + ":" + a.artist.get().name))
                .containsExactly("Alpha:2:Ada", "Beta:1:Ada", "Gamma:0:Bo");
        if (!db.has(Feature.SELECT_FOR_UPDATE)) {
            return; // what follows adds row locks
        }
        Transaction.atomic(() -> {
            Track locked = Track.objects.selectRelated("album__artist").selectForUpdate().get("title", "b1");
            assertThat(locked.album.get().artist.get().name).isEqualTo("Ada");
            // a nullable step is an outer join, which PostgreSQL cannot lock: lock the model's own rows
            Artist ada = Artist.objects.selectRelated("label").selectForUpdate(ForUpdate.WAIT, "self").get("name", "Ada");
            assertThat(ada.label.get().name).isEqualTo("North");
        });
    }

    @Test
    void selectRelatedWithoutPathsFollowsRequiredKeys() {
        seed();
        Track t = Track.objects.selectRelated().get("title", "b1");
        assertThat(QueryLog.capture(() -> assertThat(t.album.get().artist.get().name).isEqualTo("Ada"))).isEmpty();
        assertThat(t.album.get().artist.get().label.isLoaded()).isFalse(); // nullable: not followed
    }

    @Test
    void selectRelatedRefusesPathsThatAreNotToOne() {
        assertThatThrownBy(() -> Artist.objects.selectRelated("albums"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Artist.albums is a reverse relation")
                .hasMessageContaining("prefetchRelated(\"albums\")");
        assertThatThrownBy(() -> Track.objects.selectRelated("album__title"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Album.title is not a foreign key")
                .hasMessageContaining("Choices on Album: artist");
        assertThatThrownBy(() -> Track.objects.selectRelated("albun"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Track.albun is not a field");
    }

    // ------------------------------------------------------------------ prefetchRelated

    @Test
    void prefetchOfTwoLevelsIsThreeQueries() {
        seed();
        List<Artist> artists = new ArrayList<>();
        List<String> sql = QueryLog.capture(() -> artists.addAll(
                Artist.objects.prefetchRelated("albums__tracks").orderBy("name").fetch()));
        assertThat(sql).hasSize(3);
        List<String> reads = QueryLog.capture(() -> {
            Artist ada = artists.getFirst();
            assertThat(titles(ada.albums().all().fetch())).containsExactlyInAnyOrder("Alpha", "Beta");
            assertThat(ada.albums().count()).isEqualTo(2);
            Album alpha = ada.albums().all().fetch().stream().filter(x -> x.title.equals("Alpha")).findFirst().orElseThrow();
            assertThat(titles(alpha.tracks().all().fetch())).containsExactlyInAnyOrder("a1", "a2");
            assertThat(alpha.artist.get()).isSameAs(ada); // the key back to the owner is filled too
            assertThat(artists.get(2).albums().all().fetch()).isEmpty(); // Cy: loaded, and empty
            assertThat(artists.get(2).albums().exists()).isFalse();
        });
        assertThat(reads).isEmpty();
        // refining a prefetched relation is a new query, as in Django
        assertThat(QueryLog.capture(() -> assertThat(artists.getFirst().albums().filter("year", 2020).count()).isEqualTo(1)))
                .hasSize(1);
    }

    @Test
    void prefetchWithAQuerySetAndToAttrKeepsTheFilteredListApart() {
        seed();
        List<Artist> artists = Artist.objects.prefetchRelated(
                Prefetch.of("albums", Album.objects.filter("year__gte", 2021).orderBy("-year")).to("recent"),
                "recent__tracks").orderBy("name").fetch();
        Artist ada = artists.getFirst();
        assertThat(QueryLog.capture(() -> {
            assertThat(titles(ada.prefetched("recent", Album.class))).containsExactly("Beta");
            assertThat(titles(ada.prefetched("recent", Album.class).getFirst().tracks().all().fetch())).containsExactly("b1");
            assertThat(titles(artists.get(1).prefetched("recent", Album.class))).containsExactly("Gamma");
        })).isEmpty();
        // the relation itself was not prefetched: all() queries, and sees both albums
        assertThat(ada.albums().count()).isEqualTo(2);
        assertThatThrownBy(() -> ada.prefetched("older", Album.class))
                .isInstanceOf(FieldError.class).hasMessageContaining("Nothing was prefetched to 'older'");
    }

    @Test
    void prefetchForwardKeysAndReverseOneToOne() {
        seed();
        List<Artist> artists = new ArrayList<>();
        assertThat(QueryLog.capture(() -> artists.addAll(
                Artist.objects.prefetchRelated("label", "bio").orderBy("name").fetch()))).hasSize(3);
        assertThat(QueryLog.capture(() -> {
            assertThat(artists.get(0).label.get().name).isEqualTo("North");
            assertThat(artists.get(0).bio().text).isEqualTo("Ada writes songs.");
            assertThatThrownBy(() -> artists.get(1).bio()).isInstanceOf(DoesNotExist.class);
        })).isEmpty();
    }

    @Test
    void prefetchOntoInstancesLoadedEarlier() {
        seed();
        List<Album> albums = Album.objects.orderBy("title").fetch();
        assertThat(QueryLog.capture(() -> Prefetch.load(albums, "tracks", "artist"))).hasSize(2);
        assertThat(QueryLog.capture(() -> {
            assertThat(albums.get(0).tracks().count()).isEqualTo(2);
            assertThat(albums.get(2).tracks().count()).isZero();
            assertThat(albums.get(2).artist.get().name).isEqualTo("Bo");
        })).isEmpty();
    }

    @Test
    void prefetchPathsAreCheckedBeforeAnySql() {
        List<String> sql = QueryLog.capture(() -> {
            assertThatThrownBy(() -> Artist.objects.prefetchRelated("albumz"))
                    .isInstanceOf(FieldError.class).hasMessageContaining("Artist has no relation 'albumz'")
                    .hasMessageContaining("albums");
            assertThatThrownBy(() -> Artist.objects.prefetchRelated("albums__tracks__nope"))
                    .isInstanceOf(FieldError.class).hasMessageContaining("Track has no relation 'nope'");
            assertThatThrownBy(() -> Artist.objects.prefetchRelated(Prefetch.of("albums", Track.objects.all())))
                    .isInstanceOf(FieldError.class).hasMessageContaining("holds Album rows");
            assertThatThrownBy(() -> Artist.objects.prefetchRelated(Prefetch.of("albums", Album.objects.all().limit(2))))
                    .isInstanceOf(FieldError.class).hasMessageContaining("sliced");
            assertThatThrownBy(() -> Artist.objects.prefetchRelated(42))
                    .isInstanceOf(FieldError.class).hasMessageContaining("relation paths (String) or Prefetch");
        });
        assertThat(sql).isEmpty();
    }

    @Test
    @WithoutRollback("Connector/J cannot run the prefetch on the connection of an open streaming result")
    void iterateRunsThePrefetchOncePerChunk() {
        try {
            iterateWithPrefetch();
        } finally {
            schema.deleteAllRows();
        }
    }

    private void iterateWithPrefetch() {
        seed();
        List<String> sql = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        sql.addAll(QueryLog.capture(() -> {
            try (Stream<Artist> rows = Artist.objects.prefetchRelated("albums").orderBy("name").iterate(2)) {
                rows.forEach(r -> seen.add(r.name + ":" + r.albums().count()));
            }
        }));
        assertThat(seen).containsExactly("Ada:2", "Bo:1", "Cy:0");
        assertThat(sql.stream().filter(s -> s.toLowerCase().contains("albums")).count()).isEqualTo(2); // 2 chunks
    }

    // ------------------------------------------------------------------ the QuerySet methods of a reverse manager

    @Test
    void reverseManagersOfferTheQuerySetMethodsAndTheirQuerySetsKeepTheRelation() {
        Map<String, Artist> a = seed();
        Artist ada = a.get("Ada");
        assertThat(ada.albums().orderBy("-year").first().map(al -> al.title)).contains("Beta");
        assertThat(ada.albums().get("year", 2020).title).isEqualTo("Alpha");
        assertThat(ada.albums().filter(Q.of("year", 2020), Q.of("title", "Alpha")).count()).isEqualTo(1);
        assertThat(ada.albums().exclude(Q.of("year", 2020)).count()).isEqualTo(1);
        // getOrCreate / updateOrCreate set the key, also through a refined QuerySet of the relation
        Created<Album> delta = ada.albums().getOrCreate(Map.of("title", "Delta"), Map.of("year", 2024));
        assertThat(delta.created()).isTrue();
        assertThat(delta.object().artist.id()).isEqualTo(ada.id);
        assertThat(ada.albums().getOrCreate(Map.of("title", "Delta"), Map.of("year", 2024)).created()).isFalse();
        Created<Album> eps = ada.albums().all().updateOrCreate(Map.of("title", "Eps"), Map.of("year", 2025));
        assertThat(eps.created()).isTrue();
        assertThat(Album.objects.get("title", "Eps").artist.id()).isEqualTo(ada.id);
        Album fresh = ada.albums().filter("year__gt", 2000).create("title", "Zeta", "year", 2026);
        assertThat(fresh.artist.id()).isEqualTo(ada.id);
        // Gamma (Bo's) is not found through Ada, so Ada gets her own
        assertThat(ada.albums().getOrCreate(Map.of("title", "Gamma"), Map.of("year", 1999)).created()).isTrue();
        assertThat(ada.albums().update("year", 2000)).isEqualTo(6);
        assertThat(Album.objects.get("title", "Gamma", "artist__name", "Bo").year).isEqualTo(2021);
    }

    // ------------------------------------------------------------------ strict mode

    @Test
    void strictQuerySetRefusesUnloadedRelationsAndNamesThem() {
        seed();
        Track t = Track.objects.strict().get("title", "a1");
        assertThat(t.album.id()).isNotNull(); // the key itself is always there
        assertThatThrownBy(() -> t.album.get())
                .isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("Track.album was not loaded")
                .hasMessageContaining("selectRelated(\"album\")")
                .satisfies(e -> assertThat(((RelationNotLoaded) e).relation()).isEqualTo("album"));
        Artist ada = Artist.objects.strict().get("name", "Ada");
        assertThatThrownBy(() -> ada.albums().all())
                .isInstanceOf(RelationNotLoaded.class).hasMessageContaining("Artist.albums was not loaded")
                .hasMessageContaining("prefetchRelated(\"albums\")");
        assertThatThrownBy(ada::bio).isInstanceOf(RelationNotLoaded.class).hasMessageContaining("Artist.bio");
        // loaded relations answer; their own unloaded relations are guarded too
        Track joined = Track.objects.strict().selectRelated("album").get("title", "a1");
        assertThat(joined.album.get().title).isEqualTo("Alpha");
        assertThatThrownBy(() -> joined.album.get().artist.get())
                .isInstanceOf(RelationNotLoaded.class).hasMessageContaining("Album.artist");
        Artist prefetched = Artist.objects.strict().prefetchRelated("albums").get("name", "Ada");
        assertThat(prefetched.albums().count()).isEqualTo(2);
        Album any = prefetched.albums().all().fetch().getFirst();
        assertThatThrownBy(() -> any.tracks().all()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("Album.tracks");
        // an explicit query is always allowed
        assertThat(Track.objects.filter("album", any).count()).isPositive();
        // without strict mode the same access just queries
        assertThat(Track.objects.get("title", "a1").album.get().title).isEqualTo("Alpha");
    }

    @Test
    void strictScopeCoversEveryInstanceInTheBlock() {
        seed();
        Track t = Track.objects.get("title", "a1");
        assertThatThrownBy(() -> Strict.run(() -> t.album.get()))
                .isInstanceOf(RelationNotLoaded.class).hasMessageContaining("Track.album");
        String name = Strict.call(() -> Track.objects.selectRelated("album__artist").get("title", "a1").album.get().artist.get().name);
        assertThat(name).isEqualTo("Ada");
        assertThat(Strict.isActive()).isFalse();
        assertThat(t.album.get().title).isEqualTo("Alpha"); // outside the block: a query again
    }

    @Test
    void relationCountsAcrossAllLevelsAgree() {
        seed();
        Map<String, Integer> trackCounts = Artist.objects.prefetchRelated("albums__tracks").fetch().stream()
                .collect(Collectors.toMap(ar -> ar.name,
                        ar -> ar.albums().all().fetch().stream().mapToInt(al -> (int) al.tracks().count()).sum()));
        assertThat(trackCounts).containsEntry("Ada", 3).containsEntry("Bo", 0).containsEntry("Cy", 0);
    }
}
