package io.aksara.schema.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.schema.MigrationError;
import io.aksara.schema.changelog.ChangelogReader;
import io.aksara.schema.changelog.ChangelogWriter;
import io.aksara.schema.state.GeneratedColumnType;
import io.aksara.schema.changelog.MigrationFiles;
import io.aksara.schema.changelog.MigrationNames;
import io.aksara.schema.state.ColumnState;
import io.aksara.schema.state.DefaultValue;
import io.aksara.schema.state.ForeignKeyState;
import io.aksara.schema.state.IndexState;
import io.aksara.schema.state.ModelState;
import io.aksara.schema.state.TableState;
import io.aksara.schema.state.UniqueState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The differ and the changelog writer and reader, on hand-made states: no database. */
class AutodetectorTest {
    private static final ColumnState ID = new ColumnState("id", "BIGINT", false, null, true, true);

    private static ColumnState col(String name, String type, boolean nullable) {
        return new ColumnState(name, type, nullable, null, false, false);
    }

    private static TableState categories() {
        return TableState.of("categories", "pk_categories", List.of(ID, col("name", "VARCHAR(50)", false)))
                .withUniques(List.of(new UniqueState("uq_categories_name", List.of("name"))));
    }

    private static TableState products() {
        return TableState.of("products", "pk_products", List.of(ID, col("name", "VARCHAR(100)", false),
                        col("category_id", "BIGINT", false)))
                .withIndexes(List.of(new IndexState("ix_products_category_id", List.of("category_id"))))
                .withForeignKeys(List.of(new ForeignKeyState("fk_products_category_id", "category_id", "categories", "id", "CASCADE")));
    }

    private static ModelState shop() {
        return ModelState.of(List.of(categories(), products()));
    }

    private static List<String> kinds(Diff d) {
        return d.operations().stream().map(op -> op.getClass().getSimpleName()).toList();
    }

    @Test
    void anEmptyStateCreatesEveryTableThenConstraintsThenForeignKeys() {
        Diff d = Autodetector.diff(ModelState.empty(), shop(), DiffOptions.defaults());
        assertThat(kinds(d)).containsExactly("CreateTable", "CreateTable", "AddUnique", "CreateIndex", "AddForeignKey");
        assertThat(Autodetector.diff(shop(), shop(), DiffOptions.defaults()).isEmpty()).isTrue();
    }

    @Test
    void addingANullableColumnOrOneWithADefaultNeedsNothingElse() {
        TableState more = products().withColumns(append(products().columns(), col("note", "VARCHAR(20)", true),
                new ColumnState("stock", "INT", false, DefaultValue.numeric("0"), false, false)));
        Diff d = Autodetector.diff(shop(), shop().with(more), DiffOptions.defaults());
        assertThat(d.operations()).containsExactly(
                new Operation.AddColumn("products", col("note", "VARCHAR(20)", true), null),
                new Operation.AddColumn("products", new ColumnState("stock", "INT", false, DefaultValue.numeric("0"), false, false), null));
        assertThat(MigrationNames.of(2, d.operations(), false, null)).isEqualTo("0002_add_products_note_and_more");
    }

    @Test
    void aNotNullColumnWithoutDefaultIsRefusedBeforeAnythingIsWritten() {
        TableState more = products().withColumns(append(products().columns(), col("stock", "INT", false)));
        assertThatThrownBy(() -> Autodetector.diff(shop(), shop().with(more), DiffOptions.defaults()))
                .isInstanceOf(MigrationError.class).hasMessageContaining("products.stock")
                .hasMessageContaining("--default products.stock=VALUE");
        Diff d = Autodetector.diff(shop(), shop().with(more), new DiffOptions(false, Map.of("products.stock", "0")));
        assertThat(d.operations()).containsExactly(new Operation.AddColumn("products", col("stock", "INT", false), "0"));
    }

    @Test
    void changedColumnsKeepTheirConstraintsUnlessTheTypeChanges() {
        TableState changed = products().mapColumn("name", c -> col("name", "VARCHAR(200)", true));
        Diff d = Autodetector.diff(shop(), shop().with(changed), DiffOptions.defaults());
        assertThat(kinds(d)).containsExactly("AlterColumn");

        TableState retyped = products().mapColumn("category_id", c -> col("category_id", "INT", false));
        assertThat(kinds(Autodetector.diff(shop(), shop().with(retyped), DiffOptions.defaults())))
                .containsExactly("DropForeignKey", "DropIndex", "AlterColumn", "CreateIndex", "AddForeignKey");
    }

    @Test
    void droppingATableDropsTheForeignKeysToItFirst() {
        TableState loose = products().withForeignKeys(List.of()).withIndexes(List.of());
        Diff d = Autodetector.diff(shop(), ModelState.of(List.of(loose)), DiffOptions.defaults());
        assertThat(kinds(d)).containsExactly("DropForeignKey", "DropIndex", "DropTable");
        Operation drop = d.operations().get(2);
        assertThat(drop.inverse()).extracting(op -> op.getClass().getSimpleName()).containsExactly("CreateTable", "AddUnique");
    }

    @Test
    void renamesAreSuggestedAndOnlyMadeWhenAccepted() {
        TableState renamed = products().mapColumn("name", c -> c.withName("title"));
        assertThatThrownBy(() -> Autodetector.diff(shop(), shop().with(renamed), DiffOptions.defaults()))
                .hasMessageContaining("If products.name was renamed to products.title, run makemigrations with --rename");
        Diff guessed = Autodetector.diff(shop(), shop().with(renamed), new DiffOptions(false, Map.of("products.title", "?")));
        assertThat(guessed.possibleRenames()).containsExactly("column products.name → products.title");
        assertThat(kinds(guessed)).containsExactly("AddColumn", "DropColumn");

        Diff accepted = Autodetector.diff(shop(), shop().with(renamed), new DiffOptions(true, Map.of()));
        assertThat(accepted.operations()).containsExactly(new Operation.RenameColumn("products", col("name", "VARCHAR(100)", false), "title"));

        TableState two = products().withColumns(append(products().columns(), col("a", "INT", true), col("b", "INT", true)));
        TableState twoRenamed = two.mapColumn("a", c -> c.withName("x")).mapColumn("b", c -> c.withName("y"));
        Diff ambiguous = Autodetector.diff(shop().with(two), shop().with(twoRenamed), new DiffOptions(true, Map.of()));
        assertThat(kinds(ambiguous)).doesNotContain("RenameColumn");
    }

    @Test
    void writtenMigrationsReplayToTheStateTheyWereMadeFrom(@TempDir Path dir) throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        TableState changed = products().withColumns(append(products().columns(),
                        new ColumnState("stock", "INT", false, DefaultValue.numeric("0"), false, false)))
                .mapColumn("name", c -> col("name", "VARCHAR(200)", true));
        List<ModelState> versions = List.of(shop(), shop().with(changed),
                ModelState.of(List.of(changed.withForeignKeys(List.of()).withIndexes(List.of()))));
        ModelState before = ModelState.empty();
        List<String> names = new ArrayList<>();
        for (ModelState target : versions) {
            Diff d = Autodetector.diff(before, target, DiffOptions.defaults());
            String name = MigrationNames.of(files.nextNumber(), d.operations(), before.tables().isEmpty(), null);
            Files.writeString(files.file(name), ChangelogWriter.migration(name, d.operations()));
            names.add(name);
            assertThat(ChangelogReader.replay(files)).isEqualTo(target);
            assertThat(Autodetector.diff(ChangelogReader.replay(files), target, DiffOptions.defaults()).isEmpty()).isTrue();
            before = target;
        }
        assertThat(files.names()).isEqualTo(names);
        assertThat(names.getFirst()).isEqualTo("0001_initial");
        String dropping = Files.readString(files.file(names.getLast()));
        assertThat(dropping.substring(dropping.indexOf("rollback:"))).contains("createTable").contains("\"categories\"");
    }

    @Test
    void theSameOperationsGiveTheSameText() {
        List<Operation> ops = Autodetector.diff(ModelState.empty(), shop(), DiffOptions.defaults()).operations();
        String first = ChangelogWriter.migration("0001_initial", ops);
        assertThat(ChangelogWriter.migration("0001_initial", List.copyOf(ops))).isEqualTo(first);
        assertThat(first).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
        assertThat(ChangelogWriter.master(List.of("0001_initial.yaml"))).isEqualTo(ChangelogWriter.master(List.of("0001_initial.yaml")));
    }

    @Test
    void aGeneratedColumnIsACustomChangeThatReplaysAndAChangedExpressionIsADropAndAnAdd(@TempDir Path dir) throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        ColumnState total = col("total", GeneratedColumnType.text("DECIMAL(12,2)", "price * qty", true), true);
        TableState lines = TableState.of("lines", "pk_lines", List.of(ID, col("price", "DECIMAL(10,2)", false), total,
                col("qty", "INT", false)));
        ModelState target = ModelState.of(List.of(lines));
        String yaml = ChangelogWriter.migration("0001_initial", Autodetector.diff(ModelState.empty(), target, DiffOptions.defaults()).operations());
        assertThat(yaml).contains("class: \"io.aksara.schema.migrate.AddGeneratedColumn\"").contains("expression: \"price * qty\"");
        assertThat(yaml.substring(yaml.indexOf("createTable"), yaml.indexOf("customChange"))).doesNotContain("total");
        Files.writeString(files.file("0001_initial"), yaml);
        assertThat(Autodetector.diff(ChangelogReader.replay(files), target, DiffOptions.defaults()).isEmpty()).isTrue();

        TableState changed = lines.mapColumn("total", c -> col("total", GeneratedColumnType.text("DECIMAL(12,2)", "price * qty * 2", true), true));
        assertThat(kinds(Autodetector.diff(target, ModelState.of(List.of(changed)), DiffOptions.defaults())))
                .containsExactly("DropColumn", "AddColumn");
    }

    private static List<ColumnState> append(List<ColumnState> list, ColumnState... more) {
        List<ColumnState> out = new ArrayList<>(list);
        out.addAll(List.of(more));
        return out;
    }
}
