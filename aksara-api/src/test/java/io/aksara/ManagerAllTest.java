package io.aksara;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@link Manager#all()} keeps one QuerySet while the registry is unchanged, and follows a model
 * registered again to its new metadata.
 */
class ManagerAllTest {
    /** A model this test registers twice. */
    static final class Widget extends Model {
        Integer size;
    }

    private static ModelMeta<Widget> register(String table) {
        return ModelRegistry.register(ModelMeta.builder(Widget.class, Widget::new)
                .table(table)
                .field(FieldMeta.<Widget, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                        .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
                .field(FieldMeta.<Widget, Integer>builder("size", FieldType.INTEGER, Integer.class)
                        .access(FieldAccess.of(m -> m.size, (m, v) -> m.size = v)).build())
                .build());
    }

    @Test
    void allIsOneQuerySetUntilTheModelIsRegisteredAgain() {
        ModelMeta<Widget> first = register("widgets");
        Manager<Widget> objects = Manager.of(Widget.class);
        QuerySet<Widget> all = objects.all();
        assertThat(all.meta()).isSameAs(first);
        assertThat(objects.all()).isSameAs(all);

        register("widgets_renamed"); // the same model registered again: all() follows its new metadata
        ModelMeta<Widget> second = ModelRegistry.meta(Widget.class);
        assertThat(objects.all().meta()).isSameAs(second);
        assertThat(objects.all().meta().table()).isEqualTo("widgets_renamed");
        assertThat(objects.all()).isSameAs(objects.all());
    }
}
