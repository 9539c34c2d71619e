package io.aksara.schema.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldMetaBuilder;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.schema.MigrationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state of models described by hand (as the processor would), without a database. */
class ModelStatesTest {
    public static class Shelf extends Model {}

    public static class Box extends Model {}

    private static <M extends Model> FieldMetaBuilder<M, Object> field(String name, FieldType type) {
        return FieldMeta.<M, Object>builder(name, type, Object.class).access(FieldAccess.of(m -> null, (m, v) -> { }));
    }

    private static ModelMeta<Shelf> shelf(String table) {
        return ModelMeta.builder(Shelf.class, Shelf::new).table(table)
                .field(ModelStatesTest.<Shelf>field("id", FieldType.BIG_AUTO).primaryKey(true).build())
                .field(ModelStatesTest.<Shelf>field("label", FieldType.STRING).maxLength(30).unique(true).build())
                .field(ModelStatesTest.<Shelf>field("body", FieldType.TEXT).nullable(true).build())
                .build();
    }

    @Test
    void columnsTypesAndConstraintsFollowTheFields() {
        TableState t = ModelStates.table(shelf("shelves"));
        assertThat(t.columns()).extracting(ColumnState::name, ColumnState::type, ColumnState::nullable).containsExactly(
                org.assertj.core.groups.Tuple.tuple("id", "BIGINT", false),
                org.assertj.core.groups.Tuple.tuple("label", "VARCHAR(30) ${aksara.collate}", false),
                org.assertj.core.groups.Tuple.tuple("body", "${aksara.text}", true));
        assertThat(t.primaryKey()).isEqualTo("pk_shelves");
        assertThat(t.uniques()).containsExactly(new UniqueState("uq_shelves_label", List.of("label")));
        assertThat(t.columns().getFirst().autoIncrement()).isTrue();
    }

    @Test
    void computedInitializersOfTimesAndUuidsAreNoColumnDefault() {
        ModelMeta<Box> box = ModelMeta.builder(Box.class, Box::new).table("boxes")
                .field(ModelStatesTest.<Box>field("id", FieldType.BIG_AUTO).primaryKey(true).build())
                .field(FieldMeta.<Box, Object>builder("made", FieldType.DATE_TIME, java.time.OffsetDateTime.class)
                        .access(FieldAccess.of(m -> java.time.OffsetDateTime.now(), (m, v) -> { })).build())
                .field(FieldMeta.<Box, Object>builder("size", FieldType.INTEGER, Integer.class)
                        .access(FieldAccess.of(m -> 3, (m, v) -> { })).build())
                .build();
        TableState t = ModelStates.table(box);
        assertThat(t.column("made").orElseThrow().defaultValue()).isNull();
        assertThat(t.column("size").orElseThrow().defaultValue()).isEqualTo(DefaultValue.numeric("3"));
        assertThat(ModelStates.table(box)).isEqualTo(t);
    }

    @Test
    void twoModelsOnOneTableAreAClearError() {
        ModelMeta<Box> box = ModelMeta.builder(Box.class, Box::new).table("shelves")
                .field(ModelStatesTest.<Box>field("id", FieldType.BIG_AUTO).primaryKey(true).build()).build();
        assertThatThrownBy(() -> ModelStates.fromModels(List.of(shelf("shelves"), box)))
                .isInstanceOf(MigrationError.class).hasMessageContaining("both use the table shelves");
    }

    @Test
    void aForeignKeyToAModelOutsideTheListIsAClearError() {
        ModelMeta<Shelf> target = shelf("shelves");
        io.aksara.meta.ModelRegistry.register(target);
        ModelMeta<Box> box = ModelMeta.builder(Box.class, Box::new).table("boxes")
                .field(ModelStatesTest.<Box>field("id", FieldType.BIG_AUTO).primaryKey(true).build())
                .field(ModelStatesTest.<Box>field("shelf", FieldType.FOREIGN_KEY).relation(Shelf.class, OnDelete.SET_NULL, null)
                        .nullable(true).build())
                .build();
        assertThatThrownBy(() -> ModelStates.fromModels(List.of(box)))
                .isInstanceOf(MigrationError.class).hasMessageContaining("Box.shelf points to").hasMessageContaining("model index");
        TableState boxes = ModelStates.fromModels(List.of(box, target)).table("boxes").orElseThrow();
        assertThat(boxes.foreignKeys()).containsExactly(
                new ForeignKeyState("fk_boxes_shelf_id", "shelf_id", "shelves", "id", "SET NULL"));
        assertThat(boxes.indexes()).isEmpty();
    }
}
