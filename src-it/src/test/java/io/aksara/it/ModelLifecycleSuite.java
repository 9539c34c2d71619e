package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Aksara;
import io.aksara.Auditing;
import io.aksara.DeleteListener;
import io.aksara.F;
import io.aksara.Lifecycle;
import io.aksara.SaveListener;
import io.aksara.Transaction;
import io.aksara.errors.StaleObjectError;
import io.aksara.errors.ValidationError;
import io.aksara.it.models.Account;
import io.aksara.it.models.Category;
import io.aksara.it.models.Memo;
import io.aksara.it.models.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * What enterprise models expect, on every database: lifecycle hooks on save and delete (and not
 * on the bulk calls Django sends no signals for), {@code @Version} optimistic locking, auditing
 * fields from a provider, and soft delete through a default manager.
 */
@OnEveryDatabase
class ModelLifecycleSuite {
    @Parameter
    TestDatabase db;

    private MigratedSchema schema;
    private final List<Lifecycle.Registration> registrations = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    @BeforeParameterizedClassInvocation
    void createTables() {
        Aksara.configure(db.config());
        schema = MigratedSchema.create(Aksara.config(Aksara.DEFAULT), Category.class, Product.class, Account.class, Memo.class);
    }

    @BeforeEach
    void emptyTables() {
        schema.deleteAllRows();
        events.clear();
    }

    @AfterEach
    void unregister() {
        registrations.forEach(Lifecycle.Registration::close);
        registrations.clear();
    }

    @AfterParameterizedClassInvocation
    void dropTables() {
        if (schema != null) {
            schema.drop();
        }
        Aksara.close();
    }

    private void recordEvents() {
        registrations.add(Lifecycle.onSave(Category.class, new SaveListener<>() {
            @Override
            public void preSave(Category c, boolean created) {
                events.add("preSave " + c.name + (created ? " created" : " updated") + (c.id == null ? " (no key)" : ""));
            }

            @Override
            public void postSave(Category c, boolean created) {
                events.add("postSave " + c.name + (created ? " created" : " updated") + " rows="
                        + Category.objects.filter("name", c.name).count());
            }
        }));
        registrations.add(Lifecycle.onDelete(Category.class, new DeleteListener<>() {
            @Override
            public void preDelete(Category c) {
                events.add("preDelete " + c.name + " rows=" + Category.objects.filter("pk", c.id).count());
            }

            @Override
            public void postDelete(Category c) {
                events.add("postDelete " + c.name + " rows=" + Category.objects.filter("pk", c.id).count());
            }
        }));
    }

    // ------------------------------------------------------------------ lifecycle hooks

    @Test
    void saveAndDeleteAreAnnouncedBeforeAndAfterTheirSql() {
        recordEvents();
        Category lamps = Category.objects.create("name", "Lamps");
        lamps.name = "Lights";
        lamps.save();
        lamps.delete();
        assertThat(events).containsExactly(
                "preSave Lamps created (no key)", "postSave Lamps created rows=1",
                "preSave Lights updated", "postSave Lights updated rows=1",
                "preDelete Lights rows=1", "postDelete Lights rows=0");
    }

    @Test
    void aQuerySetDeleteAnnouncesEachRowItDeletes() {
        Category.objects.create("name", "A");
        Category.objects.create("name", "B");
        Category.objects.create("name", "C");
        recordEvents();
        assertThat(Category.objects.filter("name__in", List.of("A", "B")).delete()).isEqualTo(2);
        assertThat(events).containsExactlyInAnyOrder("preDelete A rows=1", "preDelete B rows=1",
                "postDelete A rows=0", "postDelete B rows=0");
        assertThat(Category.objects.valuesList("name", String.class).fetch()).containsExactly("C");
    }

    @Test
    void rowsACascadeDeletesAreAnnouncedToo() {
        Category lamps = Category.objects.create("name", "Lamps");
        Product.objects.create("name", "Desk lamp", "price", 10, "category", lamps);
        Product.objects.create("name", "Floor lamp", "price", 20, "category", lamps);
        List<String> deleted = new ArrayList<>();
        registrations.add(Lifecycle.onDelete(Product.class, new DeleteListener<>() {
            @Override
            public void preDelete(Product p) {
                deleted.add("pre " + p.name + " of " + p.category.id());
            }

            @Override
            public void postDelete(Product p) {
                deleted.add("post " + p.name + " gone=" + !Product.objects.filter("pk", p.id).exists());
            }
        }));
        recordEvents();
        long lampsId = lamps.id;
        assertThat(lamps.delete()).isEqualTo(3);
        assertThat(deleted).containsExactlyInAnyOrder("pre Desk lamp of " + lampsId, "pre Floor lamp of " + lampsId,
                "post Desk lamp gone=true", "post Floor lamp gone=true");
        assertThat(events).as("the category itself is announced once").containsExactly("preDelete Lamps rows=1",
                "postDelete Lamps rows=0");
    }

    @Test
    void bulkCallsAnnounceNothingAsInDjango() {
        recordEvents();
        Category a = new Category();
        a.name = "Bulk";
        Category.objects.bulkCreate(List.of(a));
        Category.objects.filter("name", "Bulk").update("name", "Updated");
        assertThat(events).isEmpty();
    }

    @Test
    void aPreSaveListenerCanChangeTheInstanceAndItsValueIsValidatedAndWritten() {
        registrations.add(Lifecycle.onSave(Category.class, new SaveListener<>() {
            @Override
            public void preSave(Category c, boolean created) {
                c.name = c.name.strip();
            }
        }));
        Category.objects.create("name", "  Padded  ");
        assertThat(Category.objects.valuesList("name", String.class).fetch()).containsExactly("Padded");

        registrations.add(Lifecycle.onSave(Category.class, new SaveListener<>() {
            @Override
            public void preSave(Category c, boolean created) {
                throw new IllegalStateException("refused by a listener");
            }
        }));
        assertThatThrownBy(() -> Category.objects.create("name", "Refused")).hasMessage("refused by a listener");
        assertThat(Category.objects.count()).as("nothing written after a preSave failure").isEqualTo(1);
    }

    @Test
    void aPostSaveFailureInsideAtomicRollsTheSaveBack() {
        registrations.add(Lifecycle.onSave(Category.class, new SaveListener<>() {
            @Override
            public void postSave(Category c, boolean created) {
                throw new IllegalStateException("post-save failed");
            }
        }));
        assertThatThrownBy(() -> Transaction.atomic(() -> Category.objects.create("name", "Rolled back")))
                .hasMessage("post-save failed");
        assertThat(Category.objects.count()).isZero();
    }

    // ------------------------------------------------------------------ @Version

    @Test
    void aNewRowStartsAtVersionOneAndEachSaveAddsOne() {
        Account a = Account.objects.create("owner", "ada");
        assertThat(a.version).isEqualTo(1);
        a.balance = new BigDecimal("10.00");
        a.save();
        assertThat(a.version).isEqualTo(2);
        assertThat(Account.objects.get("pk", a.id).version).isEqualTo(2);
    }

    @Test
    void aStaleSaveIsRefusedNamingTheRowAndWritesNothing() {
        Account created = Account.objects.create("owner", "ada");
        Account first = Account.objects.get("pk", created.id);
        Account second = Account.objects.get("pk", created.id);
        first.balance = new BigDecimal("10.00");
        first.save();
        second.balance = new BigDecimal("99.00");
        assertThatThrownBy(second::save).isInstanceOf(StaleObjectError.class)
                .hasMessageContaining("Account pk=" + created.id + " was changed since it was loaded")
                .hasMessageContaining("version is no longer 1");
        Account stored = Account.objects.get("pk", created.id);
        assertThat(stored.balance).isEqualByComparingTo("10.00");
        assertThat(stored.version).isEqualTo(2);

        second.refreshFromDb();
        second.balance = second.balance.add(BigDecimal.ONE);
        second.save();
        assertThat(Account.objects.get("pk", created.id).balance).isEqualByComparingTo("11.00");
    }

    @Test
    void aQuerySetUpdateMovesTheVersionSoAnInstanceLoadedBeforeIsStale() {
        Account a = Account.objects.create("owner", "ada");
        Account loaded = Account.objects.get("pk", a.id);
        Account.objects.filter("pk", a.id).update("balance", F.of("balance").plus(5));
        assertThat(Account.objects.get("pk", a.id).version).isEqualTo(2);
        loaded.owner = "bo";
        assertThatThrownBy(loaded::save).isInstanceOf(StaleObjectError.class);
        Account.objects.filter("pk", a.id).update("version", 40); // an explicit version is written as given
        assertThat(Account.objects.get("pk", a.id).version).isEqualTo(40);
    }

    @Test
    void aQuerySetUpdateWithPlainValuesMovesEveryMatchedRowsVersion() {
        Account a = Account.objects.create("owner", "ada");
        Account b = Account.objects.create("owner", "bo");
        b.save(); // version 2

        assertThat(Account.objects.all().update("balance", new BigDecimal("3.00"))).isEqualTo(2);

        assertThat(Account.objects.orderBy("owner").valuesList("version", Integer.class).fetch()).containsExactly(2, 3);
        a.owner = "cy";
        assertThatThrownBy(a::save).isInstanceOf(StaleObjectError.class).hasMessageContaining("version is no longer 1");
    }

    @Test
    void savingARowDeletedSinceItWasLoadedIsStaleToo() {
        Account a = Account.objects.create("owner", "ada");
        Account loaded = Account.objects.get("pk", a.id);
        Account.objects.filter("pk", a.id).delete();
        assertThatThrownBy(loaded::save).isInstanceOf(StaleObjectError.class).hasMessageContaining("was deleted since it was loaded");
        assertThat(Account.objects.count()).isZero();
    }

    // ------------------------------------------------------------------ auditing

    @Test
    void createdByAndUpdatedByComeFromTheProvider() {
        AtomicReference<String> user = new AtomicReference<>("alice");
        registrations.add(Auditing.track(user::get));
        Account a = Account.objects.create("owner", "ada");
        assertThat(a.createdBy).isEqualTo("alice");
        assertThat(a.updatedBy).isEqualTo("alice");
        user.set("bob");
        a.balance = BigDecimal.TEN;
        a.save();
        Account stored = Account.objects.get("pk", a.id);
        assertThat(stored.createdBy).isEqualTo("alice");
        assertThat(stored.updatedBy).isEqualTo("bob");

        Category c = Category.objects.create("name", "No audit fields"); // models without the fields are left alone
        assertThat(c.id).isNotNull();

        user.set(null);
        stored.owner = "anonymous edit";
        stored.save();
        assertThat(Account.objects.get("pk", a.id).updatedBy).as("a null user leaves the fields").isEqualTo("bob");
        user.set("x".repeat(41));
        Account tooLong = Account.objects.get("pk", a.id);
        assertThatThrownBy(tooLong::save).as("the provider's value is validated like any other")
                .isInstanceOf(ValidationError.class).hasMessageContaining("updatedBy");
    }

    // ------------------------------------------------------------------ soft delete

    @Test
    void softDeletedRowsAreHiddenByTheDefaultManagerAndKeptInTheTable() {
        Memo keep = Memo.objects.create("text", "keep");
        Memo gone = Memo.objects.create("text", "gone");
        gone.softDelete();
        assertThat(Memo.objects.all().fetch()).extracting(m -> m.text).containsExactly("keep");
        assertThat(Memo.objects.filter("text", "gone").exists()).isFalse();
        assertThat(Memo.objects.count()).isEqualTo(1);
        assertThat(Memo.allObjects.count()).isEqualTo(2);
        assertThat(Memo.allObjects.get("text", "gone").deletedAt).isNotNull();
        assertThat(keep.deletedAt).isNull();
    }
}
