package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.errors.FieldError;
import io.aksara.errors.IntegrityError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Attachment;
import io.aksara.it.models.Attachment_;
import io.aksara.jooq.JooqBackend;
import io.aksara.kinds.BinaryKind;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelRegistry;
import io.aksara.schema.migrations.MakeMigrationsOptions;
import io.aksara.schema.migrations.Migrations;
import io.aksara.schemafirst.InspectDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code @BinaryField} on every database: edge values (no bytes, every byte value, a megabyte)
 * read back byte for byte, null, exact/isnull filters, update, bulkCreate, the initializer as the
 * default, other lookups refused, migrations and inspectdb.
 */
@OnEveryDatabase
class BinaryFieldSuite extends KindSuiteSchema {
    private static final byte[] EVERY_BYTE = new byte[256];
    private static final byte[] MEGABYTE = new byte[1 << 20];

    static {
        for (int i = 0; i < 256; i++) {
            EVERY_BYTE[i] = (byte) i;
        }
        new Random(12).nextBytes(MEGABYTE);
    }

    BinaryFieldSuite() {
        super(Attachment.class);
    }

    private static Attachment attach(String name, byte[] content, byte[] digest) {
        return Attachment.objects.create("name", name, "content", content, "digest", digest);
    }

    private static Attachment read(String name) {
        return Attachment.objects.get("name", name);
    }

    @Test
    void edgeValuesRoundTripByteForByte() {
        attach("empty", new byte[0], null);
        attach("every", EVERY_BYTE, new byte[] {0, -1, 127, -128});
        attach("mega", MEGABYTE, null);

        assertThat(read("empty").content).isEmpty();
        assertThat(read("every").content).isEqualTo(EVERY_BYTE);
        assertThat(read("every").digest).containsExactly(0, -1, 127, -128);
        assertThat(read("mega").content).hasSize(1 << 20).isEqualTo(MEGABYTE);
        assertThat(read("empty").digest).isNull();
    }

    @Test
    void theInitializerIsTheDefaultAndNullIsKept() {
        Attachment fresh = attach("fresh", new byte[] {1}, null);
        assertThat(read("fresh").thumbnail).containsExactly(0xCA, 0xFE);
        fresh.thumbnail = null;
        fresh.save();
        assertThat(read("fresh").thumbnail).isNull();
    }

    @Test
    void exactAndIsnullCompareByContent() {
        attach("a", new byte[] {1, 2, 3}, new byte[] {9});
        attach("b", new byte[] {1, 2}, null);
        attach("c", new byte[0], new byte[] {8});

        // a new array with the same bytes finds the row: the database compares contents
        assertThat(names(Attachment.objects.filter("content", new byte[] {1, 2, 3}).orderBy("name").fetch())).containsExactly("a");
        assertThat(names(Attachment.objects.filter("content", new byte[0]).fetch())).containsExactly("c");
        assertThat(names(Attachment.objects.filter(Attachment_.digest.eq(new byte[] {8})).fetch())).containsExactly("c");
        assertThat(names(Attachment.objects.filter("digest__isnull", true).fetch())).containsExactly("b");
        assertThat(names(Attachment.objects.exclude("content", new byte[] {1, 2}).orderBy("name").fetch())).containsExactly("a", "c");
    }

    @Test
    void updateAndSaveWriteNewBytes() {
        Attachment a = attach("a", new byte[] {1}, null);
        assertThat(Attachment.objects.filter("name", "a").update("content", EVERY_BYTE)).isEqualTo(1);
        assertThat(read("a").content).isEqualTo(EVERY_BYTE);

        Attachment loaded = read("a");
        loaded.content[0] = 42; // changed in place: save writes what the array holds now
        loaded.save();
        assertThat(read("a").content[0]).isEqualTo((byte) 42);
        assertThat(a.pk()).isEqualTo(loaded.pk());
    }

    @Test
    void bulkCreateWritesEveryRow() {
        List<Attachment> rows = List.of(attachment("x", new byte[] {7, 7}), attachment("y", EVERY_BYTE), attachment("z", new byte[0]));
        Attachment.objects.bulkCreate(rows);
        assertThat(Attachment.objects.count()).isEqualTo(3);
        assertThat(read("x").content).containsExactly(7, 7);
        assertThat(read("y").content).isEqualTo(EVERY_BYTE);
        assertThat(read("z").content).isEmpty();
        assertThat(read("z").thumbnail).containsExactly(0xCA, 0xFE);
    }

    @Test
    void theUniqueConstraintComparesContents() {
        attach("first", new byte[] {1}, new byte[] {5, 5});
        assertThatThrownBy(() -> attach("second", new byte[] {1}, new byte[] {5, 5})).isInstanceOf(IntegrityError.class);
        attach("third", new byte[] {1}, new byte[] {5, 6});
        assertThat(Attachment.objects.count()).isEqualTo(2);
    }

    @Test
    void wrongValuesAndOtherLookupsAreRefusedBeforeSql() {
        assertThatThrownBy(() -> Attachment.objects.create("name", "s", "content", "text"))
                .isInstanceOf(FieldError.class).hasMessageContaining("Attachment.content").hasMessageContaining("a byte[]");
        assertThatThrownBy(() -> Attachment.objects.filter("content__gt", new byte[] {1}))
                .isInstanceOf(FieldError.class).hasMessageContaining("Unsupported lookup 'gt'")
                .hasMessageContaining("Valid lookups: exact, isnull");
        assertThatThrownBy(() -> Attachment.objects.filter("content__contains", new byte[] {1}))
                .isInstanceOf(FieldError.class).hasMessageContaining("Valid lookups: exact, isnull");
        assertThatThrownBy(() -> Attachment.objects.filter("content__in", List.of(new byte[] {1})))
                .isInstanceOf(FieldError.class).hasMessageContaining("Valid lookups: exact, isnull");
        assertThatThrownBy(() -> attach("long", new byte[] {1}, new byte[17]))
                .isInstanceOf(ValidationError.class).hasMessageContaining("at most 16 bytes (it has 17)");
        assertThat(Attachment.objects.count()).isZero();
    }

    @Test
    void migrationsWriteTheTypesAndStayStable() throws IOException {
        assertThat(Attachment_.META.field("content").kind()).isInstanceOf(BinaryKind.class);
        assertThat(Attachment_.META.field("content").type()).isEqualTo(FieldType.BINARY);
        Path dir = Files.createTempDirectory("binary-migrations");
        Migrations migrations = Migrations.at(dir).models(List.of(ModelRegistry.metaOf(Attachment.class)));
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        assertThat(changelog(dir, "0001")).containsPattern("name: \"content\"\\s+type: \"\\$\\{aksara.binary}\"")
                .containsPattern("name: \"digest\"\\s+type: \"VARBINARY\\(16\\)\"");
        // the initializer's array has no stable text: no column default, so nothing changes next time
        migrations.makemigrations(MakeMigrationsOptions.defaults());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("0002"))).isEmpty();
        }
    }

    @Test
    void inspectdbReadsTheColumnsBackAsBinaryFields() throws SQLException {
        try (Connection c = JooqBackend.of(Aksara.backend()).dataSource().getConnection()) {
            String source = InspectDb.of(c).packageName("legacy").tables("attachments").inspect().sources().get("Attachment.java");
            assertThat(source).contains("@BinaryField public byte[] content;")
                    .contains("public byte[] thumbnail;")
                    .containsPattern("@BinaryField\\((maxLength = 16, )?nullable = true, unique = true\\) public byte\\[] digest;");
        }
    }

    private static Attachment attachment(String name, byte[] content) {
        Attachment a = new Attachment();
        a.name = name;
        a.content = content;
        return a;
    }

    private static List<String> names(List<Attachment> rows) {
        return rows.stream().map(a -> a.name).toList();
    }

}
