package io.aksara.it;

import static io.aksara.it.BulkUnnestSuite.assertStoredAsGiven;
import static io.aksara.it.BulkUnnestSuite.specimen;
import static io.aksara.it.BulkUnnestSuite.specimens;
import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.QueryLog;
import io.aksara.it.models.Account;
import io.aksara.it.models.Specimen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * bulkUpdate on PostgreSQL sends a batch as one {@code UPDATE t AS u SET c = v.c FROM
 * unnest(?::int8[], ..) AS v(id, c) WHERE u.id = v.id}; elsewhere, and on PostgreSQL for a call
 * that names one key twice, a JDBC batch of single-row UPDATEs. Either way every kind of field is
 * stored as given (NULL to a value and back), the count is the rows matched (a row that is gone
 * is not counted), and batches cut as asked.
 */
@OnEveryDatabase
class BulkUpdateSuite extends SuiteSchema {
    BulkUpdateSuite() {
        super(Specimen.class, Account.class);
    }

    /** Every field but the key and the label (which names the row in the checks). */
    private static final String[] FIELDS = {"counter", "level", "ratio", "ok", "body", "email", "count", "small", "big",
        "flag", "measure", "amount", "at", "wall", "day", "time", "pause", "token", "data", "blob", "tone"};

    /** {@code to} with every value of {@link #FIELDS} taken from {@code from}; its key and label kept. */
    private static Specimen withValuesOf(Specimen to, Specimen from) {
        to.counter = from.counter;
        to.level = from.level;
        to.ratio = from.ratio;
        to.ok = from.ok;
        to.body = from.body;
        to.email = from.email;
        to.count = from.count;
        to.small = from.small;
        to.big = from.big;
        to.flag = from.flag;
        to.measure = from.measure;
        to.amount = from.amount;
        to.at = from.at;
        to.wall = from.wall;
        to.day = from.day;
        to.time = from.time;
        to.pause = from.pause;
        to.token = from.token;
        to.data = from.data;
        to.blob = from.blob;
        to.tone = from.tone;
        return to;
    }

    /** {@code n} stored rows, then each given the values of the next specimen: NULLs become values and values NULLs. */
    private static List<Specimen> storedThenChanged(String prefix, int n) {
        List<Specimen> rows = specimens(prefix, n);
        Specimen.objects.bulkCreate(rows);
        for (int i = 0; i < n; i++) {
            withValuesOf(rows.get(i), specimen("other", i + 1));
        }
        return rows;
    }

    private static List<String> updates(List<String> sql) {
        return sql.stream().filter(s -> s.toLowerCase().startsWith("update")).toList();
    }

    /** On PostgreSQL {@code statements} unnest UPDATEs of one text; elsewhere one JDBC batch of single-row UPDATEs. */
    private void assertUnnestForm(List<String> sql, int statements) {
        List<String> updates = updates(sql);
        if (db.isPostgres()) {
            assertThat(updates).as("one UPDATE per batch").hasSize(statements);
            assertThat(updates).allSatisfy(s -> assertThat(s.toLowerCase().replace("\"", "")) // names quoted or not
                    .contains(" from unnest(?::int8[], ?::int8[], ?::int4[], ?::float8[], ?::bool[], ?::text[]")
                    .contains("where u.id = v.id"));
            assertThat(updates.stream().distinct()).as("one text for every batch").hasSize(1);
        } else {
            assertBatchForm(sql, statements);
        }
    }

    /** {@code batches} JDBC batches of single-row UPDATEs, each logged once (as Django counts a batch one query). */
    private static void assertBatchForm(List<String> sql, int batches) {
        assertThat(updates(sql)).hasSize(batches).allSatisfy(s -> assertThat(s.toLowerCase())
                .doesNotContain("unnest").contains("[batch of "));
    }

    @Test
    void everyKindIsWrittenFromNullToAValueAndBack() {
        List<Specimen> rows = storedThenChanged("k", 12);
        List<String> sql = QueryLog.capture(() -> assertThat(Specimen.objects.bulkUpdate(rows, FIELDS)).isEqualTo(12));
        assertUnnestForm(sql, 1);
        assertStoredAsGiven(rows);
    }

    @Test
    void batchesShareOneStatementAndCountEveryRowMatched() {
        List<Specimen> rows = storedThenChanged("b", 250);
        List<String> sql = QueryLog.capture(() -> assertThat(Specimen.objects.bulkUpdate(rows, 100, FIELDS)).isEqualTo(250));
        assertUnnestForm(sql, 3); // 100, 100, 50
        assertStoredAsGiven(rows);
    }

    @Test
    void rowsThatAreGoneAreNotCountedAndTheOthersAreWritten() {
        List<Specimen> rows = storedThenChanged("g", 6);
        Specimen.objects.filter("label__in", List.of("g1", "g4")).delete();
        long matched = Specimen.objects.bulkUpdate(rows, 4, "body", "amount", "at");
        assertThat(matched).isEqualTo(4);
        List<Specimen> left = new ArrayList<>(rows);
        left.removeIf(s -> s.label.equals("g1") || s.label.equals("g4"));
        assertThat(Specimen.objects.count()).isEqualTo(4);
        for (Specimen s : left) {
            Specimen stored = Specimen.objects.get("id", s.id);
            assertThat(stored.body).as(s.label).isEqualTo(s.body);
            assertThat(stored.at == null ? null : stored.at.toInstant()).as(s.label).isEqualTo(s.at == null ? null : s.at.toInstant());
            assertThat(stored.amount == null ? null : stored.amount.stripTrailingZeros())
                    .as(s.label).isEqualTo(s.amount == null ? null : s.amount.stripTrailingZeros());
            assertThat(stored.counter).as(s.label + ": not listed, not written").isEqualTo(specimen("g", Integer.parseInt(s.label.substring(1))).counter);
        }
    }

    @Test
    void aKeyNamedTwiceCountsEveryObjectAndKeepsTheLastValues() {
        List<Specimen> rows = storedThenChanged("d", 3);
        Specimen again = Specimen.objects.get("id", rows.get(0).id); // the same row as another object
        again.body = "last";
        rows.get(0).body = "first";
        List<Specimen> named = List.of(rows.get(0), rows.get(1), again, rows.get(2));
        List<String> sql = QueryLog.capture(() -> assertThat(Specimen.objects.bulkUpdate(named, "body")).isEqualTo(4));
        assertBatchForm(sql, 1); // one statement would write that row once and count it once: the batch keeps the answer
        assertThat(Specimen.objects.get("id", rows.get(0).id).body).isEqualTo("last");
        assertThat(Specimen.objects.get("id", rows.get(1).id).body).isEqualTo(rows.get(1).body);
    }

    @Test
    void aBatchOfOneAndSomeFieldsOnly() {
        List<Specimen> rows = storedThenChanged("o", 1);
        List<String> sql = QueryLog.capture(() -> assertThat(Specimen.objects.bulkUpdate(rows, "token", "pause", "blob")).isEqualTo(1));
        if (db.isPostgres()) {
            assertThat(updates(sql)).singleElement().satisfies(s -> assertThat(s.toLowerCase())
                    .contains("unnest(?::int8[], ?::uuid[], ?::interval[], ?::bytea[])"));
        }
        Specimen stored = Specimen.objects.get("id", rows.get(0).id);
        assertThat(stored.token).isEqualTo(rows.get(0).token);
        assertThat(stored.pause).isEqualTo(rows.get(0).pause);
        assertThat(stored.blob).isEqualTo(rows.get(0).blob);
    }

    @Test
    void aVersionedModelKeepsItsVersionAsStored() {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account a = new Account();
            a.owner = "owner" + i;
            a.save();
            accounts.add(a);
        }
        int stored = Account.objects.get("id", accounts.get(0).id).version;
        for (Account a : accounts) {
            a.balance = new BigDecimal("12.50").add(BigDecimal.valueOf(a.id));
            a.version = stored + 40; // not listed: bulkUpdate does not check or bump versions
        }
        assertThat(Account.objects.bulkUpdate(accounts, "balance")).isEqualTo(3);
        for (Account a : accounts) {
            Account read = Account.objects.get("id", a.id);
            assertThat(read.balance).isEqualByComparingTo(a.balance);
            assertThat(read.version).isEqualTo(stored);
        }
    }
}
