package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.Prefetch;
import io.aksara.QueryLog;
import io.aksara.errors.FieldError;
import io.aksara.it.models.Album;
import io.aksara.it.models.Artist;
import io.aksara.it.models.ArtistBio;
import io.aksara.it.models.Label;
import io.aksara.it.models.Track;
import io.aksara.test.AksaraTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * How {@code prefetchRelated} hands each owner its rows (issue 17): rows of many owners that come
 * back interleaved are split per owner in the QuerySet's order, each owner's list cannot be
 * changed, the key back to the owner is the owner instance itself, owners without rows, unsaved
 * or loaded twice get what Django gives, and one instance keeps several loaded relations apart.
 */
@OnEveryDatabase
@AksaraTest
class PrefetchGroupingSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config();
        Aksara.configure(config);
        schema = MigratedSchema.create(config, Label.class, Artist.class, Album.class, Track.class, ArtistBio.class);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    /** Ada and Bo on label North, Cy on none; South has nobody. Albums made in turns: Ada's and Bo's ids interleave. */
    private void seed() {
        Label north = Label.objects.create("name", "North");
        Label.objects.create("name", "South");
        Artist ada = Artist.objects.create("name", "Ada", "label", north);
        Artist bo = Artist.objects.create("name", "Bo", "label", north);
        Artist.objects.create("name", "Cy");
        Album.objects.create("title", "A-2019", "year", 2019, "artist", ada);
        Album.objects.create("title", "B-2020", "year", 2020, "artist", bo);
        Album.objects.create("title", "A-2021", "year", 2021, "artist", ada);
        Album.objects.create("title", "B-2022", "year", 2022, "artist", bo);
        Album.objects.create("title", "A-2018", "year", 2018, "artist", ada);
        ArtistBio.objects.create("artist", ada, "text", "Ada writes songs.");
    }

    private static List<String> titles(List<Album> albums) {
        return albums.stream().map(a -> a.title).toList();
    }

    private static List<String> names(List<Artist> artists) {
        return artists.stream().map(a -> a.name).toList();
    }

    @Test
    void interleavedRowsAreSplitPerOwnerInTheQuerySetsOrder() {
        seed();
        List<Artist> artists = Artist.objects.prefetchRelated(Prefetch.of("albums", Album.objects.orderBy("-year")))
                .orderBy("name").fetch();
        assertThat(QueryLog.capture(() -> {
            assertThat(titles(artists.get(0).albums().all().fetch())).containsExactly("A-2021", "A-2019", "A-2018");
            assertThat(titles(artists.get(1).albums().all().fetch())).containsExactly("B-2022", "B-2020");
            assertThat(artists.get(2).albums().all().fetch()).isEmpty();
            for (Artist artist : artists) {
                for (Album album : artist.albums().all().fetch()) {
                    assertThat(album.artist.isLoaded()).isTrue();
                    assertThat(album.artist.get()).isSameAs(artist); // the owner instance itself, not a copy
                    assertThat(album.artist.id()).isEqualTo(artist.pk());
                }
            }
        })).isEmpty();
    }

    @Test
    void eachOwnersListIsImmutableAndEmptyWhenItHasNoRows() {
        seed();
        List<Artist> artists = Artist.objects.prefetchRelated(Prefetch.of("albums").to("all")).orderBy("name").fetch();
        List<Album> ada = artists.get(0).prefetched("all", Album.class);
        assertThat(ada).hasSize(3);
        assertThatThrownBy(() -> ada.add(new Album())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ada.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ada.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(artists.get(2).prefetched("all", Album.class)).isEmpty();
        assertThat(List.copyOf(ada)).isEqualTo(ada); // an ordinary list to its user: equal to a copy, element by element
    }

    @Test
    void twoInstancesOfOneRowAndUnsavedOwnersGetWhatTheirKeyHas() {
        seed();
        Artist ada = Artist.objects.get("name", "Ada");
        Artist adaAgain = Artist.objects.get("name", "Ada");
        Artist unsaved = new Artist();
        unsaved.name = "New";
        List<Artist> owners = List.of(ada, unsaved, adaAgain);
        assertThat(QueryLog.capture(() -> Prefetch.load(owners, Prefetch.of("albums").to("all")))).hasSize(1);
        assertThat(titles(ada.prefetched("all", Album.class))).containsExactlyInAnyOrder("A-2019", "A-2021", "A-2018");
        assertThat(titles(adaAgain.prefetched("all", Album.class))).containsExactlyInAnyOrder("A-2019", "A-2021", "A-2018");
        assertThat(unsaved.prefetched("all", Album.class)).isEmpty();
    }

    @Test
    void aNullableKeyLeavesRowsWithoutAnOwnerOut() {
        seed();
        List<Label> labels = Label.objects.prefetchRelated(Prefetch.of("artists", Artist.objects.orderBy("-name")))
                .orderBy("name").fetch();
        assertThat(QueryLog.capture(() -> {
            assertThat(names(labels.get(0).artists().all().fetch())).containsExactly("Bo", "Ada"); // North; Cy has no label
            assertThat(labels.get(1).artists().all().fetch()).isEmpty(); // South
            assertThat(labels.get(0).artists().all().fetch().getFirst().label.get()).isSameAs(labels.get(0));
        })).isEmpty();
    }

    @Test
    void oneInstanceKeepsSeveralLoadedRelationsAndForgetsOnlyTheOneWrittenTo() {
        seed();
        List<Artist> artists = new ArrayList<>();
        assertThat(QueryLog.capture(() -> artists.addAll(Artist.objects.prefetchRelated("albums", "bio",
                Prefetch.of("albums", Album.objects.filter("year__gte", 2020).orderBy("year")).to("recent"),
                "albums__tracks").orderBy("name").fetch()))).hasSize(5);
        Artist ada = artists.getFirst();
        assertThat(QueryLog.capture(() -> {
            assertThat(ada.albums().count()).isEqualTo(3);
            assertThat(ada.bio().text).isEqualTo("Ada writes songs.");
            assertThat(titles(ada.prefetched("recent", Album.class))).containsExactly("A-2021");
            assertThat(ada.albums().all().fetch().getFirst().tracks().count()).isZero();
        })).isEmpty();
        ada.albums().create("title", "A-2024", "year", 2024); // a write through the manager: its list is stale now
        assertThat(QueryLog.capture(() -> assertThat(ada.albums().count()).isEqualTo(4))).hasSize(1);
        assertThat(QueryLog.capture(() -> {
            assertThat(ada.bio().text).isEqualTo("Ada writes songs."); // the other relations stay loaded
            assertThat(titles(ada.prefetched("recent", Album.class))).containsExactly("A-2021");
        })).isEmpty();
    }

    @Test
    void aRelationFoundBeforeIsStillCheckedAgainstEachQuerySet() {
        seed();
        assertThat(Artist.objects.prefetchRelated("albums").fetch()).hasSize(3); // the step is known from here on
        assertThat(QueryLog.capture(() -> {
            assertThatThrownBy(() -> Artist.objects.prefetchRelated(Prefetch.of("albums", Track.objects.all())))
                    .isInstanceOf(FieldError.class).hasMessageContaining("QuerySet of Track");
            assertThatThrownBy(() -> Artist.objects.prefetchRelated(Prefetch.of("albums", Album.objects.all().limit(2))))
                    .isInstanceOf(FieldError.class).hasMessageContaining("sliced");
            for (int i = 0; i < 2; i++) { // an unknown name fails every time, not only the first
                assertThatThrownBy(() -> Artist.objects.prefetchRelated("albumz"))
                        .isInstanceOf(FieldError.class).hasMessageContaining("Artist has no relation 'albumz'");
            }
        })).isEmpty();
    }
}
