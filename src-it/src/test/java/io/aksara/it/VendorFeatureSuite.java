package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.DatabaseConfig;
import io.aksara.ForUpdate;
import io.aksara.QueryLog;
import io.aksara.Transaction;
import io.aksara.it.models.Token;
import io.aksara.jooq.JooqBackend;
import io.aksara.jooq.vendor.Feature;
import io.aksara.jooq.vendor.UnsupportedFeature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * What each database's vendor says it can do is what it does: a feature it claims works, and a
 * feature it lacks is refused with {@link UnsupportedFeature} naming the database and the feature,
 * before any SQL runs.
 */
@OnEveryDatabase
class VendorFeatureSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;

    @BeforeParameterizedClassInvocation
    void createTables() {
        DatabaseConfig config = db.config();
        Aksara.configure(config);
        schema = MigratedSchema.create(config, Token.class);
    }

    @BeforeEach
    void rows() {
        schema.deleteAllRows();
        Token.objects.create("name", "Äpfel", "rank", 1);
        Token.objects.create("name", "birnen", "rank", 2);
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    @Test
    void theOpenDatabaseHasTheVendorOfItsUrl() {
        JooqBackend backend = JooqBackend.of(Aksara.backend());
        assertThat(backend.databaseVendor().name()).isEqualTo(db.vendor().name());
        assertThat(Aksara.backend().vendor()).isEqualTo(db.vendor().name());
    }

    @Test
    void rowLocksWorkWhereClaimedAndAreRefusedBeforeAnySqlElsewhere() {
        for (ForUpdate mode : ForUpdate.values()) {
            Feature needed = switch (mode) {
                case WAIT -> Feature.SELECT_FOR_UPDATE;
                case NOWAIT -> Feature.SELECT_FOR_UPDATE_NOWAIT;
                case SKIP_LOCKED -> Feature.SELECT_FOR_UPDATE_SKIP_LOCKED;
            };
            List<Token> locked = new ArrayList<>();
            List<String> sql = QueryLog.capture(() -> {
                try {
                    Transaction.atomic(() -> locked.addAll(Token.objects.selectForUpdate(mode).orderBy("rank").fetch()));
                } catch (UnsupportedFeature e) {
                    assertThat(db.has(needed)).as(mode + " refused").isFalse();
                    assertThat(e.feature()).isEqualTo(db.has(Feature.SELECT_FOR_UPDATE) ? needed : Feature.SELECT_FOR_UPDATE);
                    assertThat(e.getMessage()).startsWith(db.vendor().displayName() + " has no SELECT ... FOR UPDATE")
                            .contains("selectForUpdate(");
                }
            });
            if (db.has(needed)) {
                assertThat(locked).extracting(t -> t.name).as(mode.name()).containsExactly("Äpfel", "birnen");
                assertThat(sql).anyMatch(s -> s.toLowerCase().contains("for update"));
            } else {
                assertThat(locked).isEmpty();
                assertThat(sql).as("no statement ran for " + mode).noneMatch(s -> s.toLowerCase().contains("select"));
            }
        }
    }

    @Test
    void regularExpressionsMatchWhereClaimed() {
        db.assumeFeature(Feature.REGEX);
        assertThat(Token.objects.filter("name__regex", "^b.*n$").count()).isEqualTo(1);
        assertThat(Token.objects.filter("name__iregex", "^äPF").count()).isEqualTo(1);
    }

    @Test
    void caseInsensitiveLookupsFoldEveryAlphabet() {
        assertThat(Token.objects.filter("name__iexact", "äpfel").count()).isEqualTo(1);
        assertThat(Token.objects.filter("name__icontains", "PFE").count()).isEqualTo(1);
        assertThat(Token.objects.filter("name__contains", "PFE").count()).as("contains is case-sensitive").isZero();
        assertThat(Token.objects.filter("name__startswith", "B").count()).as("startswith is case-sensitive").isZero();
    }
}
