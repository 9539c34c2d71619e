package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.QuerySet;
import io.aksara.errors.FieldError;
import io.aksara.it.models.Errand;
import io.aksara.it.models.Errand.Priority;
import io.aksara.it.models.Errand.Status;
import io.aksara.it.models.Errand_;
import io.aksara.jooq.JooqBackend;
import io.aksara.kinds.EnumKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code @EnumField} on every database: Java enum constants written, read back, filtered with
 * exact/in/isnull, refused with the valid constants named, migrated as a VARCHAR as long as the
 * longest constant, and a name no longer in the enum reported when read.
 */
@OnEveryDatabase
class EnumFieldSuite extends KindSuiteSchema {
    EnumFieldSuite() {
        super(Errand.class);
    }

    private static Errand errand(String title, Status status, Priority priority) {
        return Errand.objects.create("title", title, "status", status, "priority", priority);
    }

    @Test
    void constantsRoundTripIncludingTheLongestNameAndNull() {
        Errand waiting = errand("waiting", Status.WAITING_FOR_CUSTOMER, Priority.HIGH);
        Errand plain = errand("plain", Status.CLOSED, null);

        assertThat(Errand.objects.get("id", waiting.id).status).isSameAs(Status.WAITING_FOR_CUSTOMER);
        assertThat(Errand.objects.get("id", waiting.id).priority).isSameAs(Priority.HIGH);
        assertThat(Errand.objects.get("id", plain.id).priority).isNull();

        Errand read = Errand.objects.get("id", plain.id);
        read.status = Status.OPEN;
        read.priority = Priority.LOW;
        read.save();
        assertThat(Errand.objects.get("id", plain.id).status).isSameAs(Status.OPEN);
        assertThat(Errand.objects.get("id", plain.id).priority).isSameAs(Priority.LOW);

        // the field initializer is the default; a constant's name is what the column holds
        Errand fresh = Errand.objects.create("title", "fresh");
        assertThat(Errand.objects.get("id", fresh.id).status).isSameAs(Status.OPEN);
        assertThat(Errand.objects.filter("id", fresh.id).valuesList("status").fetch()).containsExactly(List.of("OPEN"));
    }

    @Test
    void exactInAndIsnullFilterByConstantOrByName() {
        errand("a", Status.OPEN, Priority.LOW);
        errand("b", Status.WAITING_FOR_CUSTOMER, null);
        errand("c", Status.CLOSED, Priority.HIGH);

        assertThat(titles(Errand.objects.filter("status", Status.CLOSED))).containsExactly("c");
        assertThat(titles(Errand.objects.filter("status", "WAITING_FOR_CUSTOMER"))).containsExactly("b");
        assertThat(titles(Errand.objects.filter("status__in", List.of(Status.OPEN, Status.CLOSED)))).containsExactly("a", "c");
        assertThat(titles(Errand.objects.filter(Errand_.status.in(Status.OPEN, Status.WAITING_FOR_CUSTOMER)))).containsExactly("a", "b");
        assertThat(titles(Errand.objects.filter(Errand_.priority.isNull(true)))).containsExactly("b");
        assertThat(titles(Errand.objects.exclude(Errand_.status.eq(Status.OPEN)))).containsExactly("b", "c");
        assertThat(Errand.objects.filter("priority", Priority.HIGH).update("status", Status.OPEN)).isEqualTo(1);
        assertThat(titles(Errand.objects.filter("status", Status.OPEN))).containsExactly("a", "c");
    }

    @Test
    void valuesOutsideTheEnumAndOtherLookupsAreRefusedBeforeSql() {
        assertThatThrownBy(() -> errand("x", null, null))
                .hasMessageContaining("status").hasMessageContaining("cannot be null");
        assertThatThrownBy(() -> Errand.objects.create("title", "x", "status", "CLOSD"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Errand.status (EnumField) expects a constant of Status (OPEN, WAITING_FOR_CUSTOMER, CLOSED)")
                .hasMessageContaining("got String \"CLOSD\"");
        assertThatThrownBy(() -> Errand.objects.filter("status", Priority.HIGH))
                .isInstanceOf(FieldError.class).hasMessageContaining("a constant of Status");
        assertThatThrownBy(() -> Errand.objects.filter("status__in", List.of(Status.OPEN, "open")))
                .isInstanceOf(FieldError.class).hasMessageContaining("got String \"open\"");
        assertThatThrownBy(() -> Errand.objects.filter("status__startswith", "OP"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported lookup 'startswith'")
                .hasMessageContaining("Valid lookups: exact, in, isnull");
        assertThatThrownBy(() -> Errand.objects.filter("status__gt", Status.OPEN))
                .isInstanceOf(FieldError.class).hasMessageContaining("Valid lookups: exact, in, isnull");
        assertThatThrownBy(() -> Errand.objects.filter("status__lower", "open"))
                .isInstanceOf(FieldError.class);
        assertThat(Errand.objects.count()).isZero();
    }

    @Test
    void aNameTheEnumNoLongerHasIsReportedWhenRead() throws SQLException {
        Errand t = errand("renamed", Status.OPEN, null);
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update errands set status = 'PENDING' where id = " + t.id);
        }
        assertThatThrownBy(() -> Errand.objects.get("id", t.id))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Errand.status (EnumField) read 'PENDING', which is no constant of Status");
    }

    @Test
    void migrationsStoreTheNameInAVarcharAsLongAsTheLongestConstant() throws IOException {
        assertThat(Errand_.META.field("status").kind()).isInstanceOf(EnumKind.class);
        assertThat(Errand_.META.field("status").type()).isEqualTo(FieldType.STRING);
        assertThat(Errand_.META.field("status").maxLength()).isEqualTo("WAITING_FOR_CUSTOMER".length());
        assertThat(Errand_.META.field("status").choices()).containsExactly("OPEN", "WAITING_FOR_CUSTOMER", "CLOSED");
        Path dir = Files.createTempDirectory("enum-migrations");
        Migrations migrations = Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Errand.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        assertThat(changelog(dir, "0001")).containsPattern("name: \"status\"\\s+type: \"VARCHAR\\(20\\) \\$\\{aksara.collate}\"\\s+defaultValue: \"OPEN\"")
                .containsPattern("name: \"priority\"\\s+type: \"VARCHAR\\(4\\) \\$\\{aksara.collate}\"");
        // nothing changed: a second makemigrations writes nothing
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("0002"))).isEmpty();
        }
    }

    private static List<String> titles(QuerySet<Errand> query) {
        return query.orderBy("title").fetch().stream().map(t -> t.title).toList();
    }
}
