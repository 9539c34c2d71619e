package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.jooq.JooqBackend;
import io.aksara.Ref;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Courier;
import io.aksara.it.models.Consignment;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the faithful round trip of legacy schemas added to models, on every database:
 * {@code @DbDefault} (the INSERT leaves the column to the database, whose value the instance then
 * holds), {@code @SmallIntegerField} (16 bits, wider values refused before any SQL) and a foreign
 * key's {@code onUpdate} (the database carries a changed key over to the rows pointing to it).
 */
@OnEveryDatabase
class DatabaseDefaultSuite extends SuiteSchema {
    DatabaseDefaultSuite() {
        super(Courier.class, Consignment.class);
    }

    @Test
    void theDatabaseFillsDbDefaultsLeftUnsetAndTheInstanceHoldsItsValues() {
        Courier post = Courier.objects.create("name", "post");
        Consignment parcel = new Consignment();
        parcel.label = "books";
        parcel.carrier = Ref.to(post);
        parcel.save();

        assertThat(parcel.priority).isEqualTo(42);
        assertThat(parcel.sentOn).isNotNull()
                .isEqualTo(Consignment.objects.get("id", parcel.id).sentOn);
        // the database's date, which may be a day off the JVM's near midnight in another zone
        assertThat(parcel.sentOn).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    }

    @Test
    void aValueGivenForADbDefaultFieldIsWrittenAsGiven() {
        Courier post = Courier.objects.create("name", "post");
        Consignment parcel = Consignment.objects.create("label", "urgent", "carrier", post, "priority", 1,
                "sentOn", LocalDate.of(2020, 2, 29));

        Consignment read = Consignment.objects.get("id", parcel.id);
        assertThat(read.priority).isEqualTo(1);
        assertThat(read.sentOn).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void aSmallIntegerHoldsSixteenBitsAndAWiderValueIsRefusedBeforeAnySql() {
        Courier post = Courier.objects.create("name", "post");
        Consignment heavy = Consignment.objects.create("label", "heavy", "carrier", post, "weight", 32767, "pieces", -32768);

        Consignment read = Consignment.objects.get("id", heavy.id);
        assertThat(read.weight).isEqualTo((short) 32767);
        assertThat(read.pieces).isEqualTo((short) -32768);
        assertThat(Consignment.objects.filter("weight__gte", 30000).count()).isEqualTo(1);

        assertThatThrownBy(() -> Consignment.objects.create("label", "too heavy", "carrier", post, "weight", 40000))
                .isInstanceOf(ValidationError.class).hasMessageContaining("weight");
        assertThat(Consignment.objects.count()).isEqualTo(1);
    }

    @Test
    void onUpdateCascadeCarriesAChangedKeyToTheRowsPointingToIt() throws Exception {
        Courier post = Courier.objects.create("name", "post");
        Consignment parcel = Consignment.objects.create("label", "books", "carrier", post);

        // a connection of the application's pool: it has the vendor's settings (SQLite enforces foreign keys
        // only on connections that turn them on), as any other writer of this database would
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("update couriers set id = " + (post.id + 1000) + " where id = " + post.id);
        }

        assertThat(Consignment.objects.get("id", parcel.id).carrier.id()).isEqualTo(post.id + 1000);
    }
}
