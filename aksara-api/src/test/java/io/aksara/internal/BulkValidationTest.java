package io.aksara.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aksara.Model;
import io.aksara.errors.ValidationError;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bulk validation over the columns the generated writer copies gives the errors the getter loop
 * gives, also past 64 checked fields (no bit mask limits them), and returns the copy for binding.
 */
class BulkValidationTest {
    private static final int FIELDS = 70;

    static final class Wide extends Model {
        Long id;
        final String[] values = new String[FIELDS];
    }

    /** {@code id} and 70 short text fields; with {@code writer}, a column writer as aksara-codegen writes one. */
    private static ModelMeta<Wide> model(boolean writer) {
        ModelMeta.Builder<Wide> b = ModelMeta.builder(Wide.class, Wide::new)
                .field(FieldMeta.<Wide, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build());
        for (int k = 0; k < FIELDS; k++) {
            int at = k;
            b.field(FieldMeta.<Wide, String>builder("f" + k, FieldType.STRING, String.class).maxLength(3)
                    .access(FieldAccess.of(m -> m.values[at], (m, v) -> m.values[at] = v)).build());
        }
        if (writer) {
            b.columnWriter((rows, columns) -> {
                for (int k = 0; k < FIELDS; k++) {
                    if (columns[k + 1] instanceof Object[] column) {
                        for (int i = 0; i < rows.size(); i++) {
                            column[i] = rows.get(i).values[k];
                        }
                    }
                }
            });
        }
        return b.build();
    }

    private static List<Wide> rows(String last) {
        Wide a = new Wide();
        Wide b = new Wide();
        Arrays.fill(a.values, "ok");
        Arrays.fill(b.values, "ok");
        b.values[FIELDS - 1] = last;
        return List.of(a, b);
    }

    @Test
    void everyCheckedFieldIsPlannedOnceAndTheKeyIsNot() {
        ValidationPlan plan = ValidationPlan.of(model(true));
        assertThat(plan.size()).isEqualTo(FIELDS);
        assertThat(plan.field(FIELDS - 1).name()).isEqualTo("f69");
        assertThat(plan.slot(FIELDS - 1)).isEqualTo(FIELDS);
    }

    @Test
    void theSixtyNinthFieldIsCheckedOverTheCopyAsByGetter() {
        for (boolean writer : List.of(true, false)) {
            ModelMeta<Wide> meta = model(writer);
            assertThatThrownBy(() -> BulkValidation.validate(meta, rows("toolong"), meta.fields(), 20, true))
                    .isInstanceOfSatisfying(ValidationError.class, e -> assertThat(e.errors()).containsOnlyKeys("[1].f69"));
        }
    }

    @Test
    void validRowsGiveTheCopyTheBackendBinds() {
        ModelMeta<Wide> meta = model(true);
        Object[] columns = BulkValidation.validate(meta, rows("end"), meta.fields(), 20, true);
        assertThat(columns).hasSize(FIELDS + 1);
        assertThat(columns[0]).isNull(); // the key the database makes is not copied
        assertThat((String[]) columns[FIELDS]).containsExactly("ok", "end");
        assertThat(BulkValidation.validate(meta, rows("end"), meta.fields(), 20, false)).isNull();
    }
}
