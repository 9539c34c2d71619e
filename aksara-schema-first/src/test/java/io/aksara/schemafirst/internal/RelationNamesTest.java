package io.aksara.schemafirst.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationNamesTest {
    @Test
    void theKeySuffixGoesInEveryNamingStyle() {
        assertThat(RelationNames.withoutKeySuffix("artist_id")).isEqualTo("artist");
        assertThat(RelationNames.withoutKeySuffix("ARTIST_ID")).isEqualTo("ARTIST");
        assertThat(RelationNames.withoutKeySuffix("ArtistId")).isEqualTo("Artist");
        assertThat(RelationNames.withoutKeySuffix("artistId")).isEqualTo("artist");
        assertThat(RelationNames.withoutKeySuffix("ArtistID")).isEqualTo("Artist");
        assertThat(ModelSourceWriter.relationFieldName("SupportRepId")).isEqualTo("supportRep");
    }

    @Test
    void namesThatOnlyLookLikeASuffixStay() {
        assertThat(RelationNames.withoutKeySuffix("paid")).isEqualTo("paid");
        assertThat(RelationNames.withoutKeySuffix("GUID")).isEqualTo("GUID");
        assertThat(RelationNames.withoutKeySuffix("id")).isEqualTo("id");
        assertThat(RelationNames.withoutKeySuffix("ID")).isEqualTo("ID");
        assertThat(RelationNames.withoutKeySuffix("owner")).isEqualTo("owner");
    }

    @Test
    void theReverseNameIsThePluralOfTheSourceModel() {
        assertThat(RelationNames.relatedName("InvoiceLine", "invoice", false)).isEqualTo("invoiceLines");
        assertThat(RelationNames.relatedName("Category", "parent", false)).isEqualTo("categories");
        assertThat(RelationNames.relatedName("Track", "composer", true)).isEqualTo("tracksByComposer");
    }

    @Test
    void aConstraintNameIsKeptOnlyWhenSomeoneChoseIt() {
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "fk_album_artist")).isTrue();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "FK_ALBUM_ARTIST")).isTrue(); // H2's spelling
        // Aksara's own, and the names databases make up for a constraint declared without one
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "fk_albums_artist_id")).isFalse();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "albums_artist_id_fkey")).isFalse();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "albums_artist_id_fkey1")).isFalse();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "albums_ibfk_2")).isFalse();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "CONSTRAINT_8A")).isFalse();
        assertThat(RelationNames.ownConstraintName("albums", "artist_id", "album artist")).isFalse(); // no annotation holds it
    }
}
