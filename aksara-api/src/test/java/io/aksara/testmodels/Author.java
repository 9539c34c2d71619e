package io.aksara.testmodels;

import io.aksara.Model;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;

/** The target of {@link Book#author}; metadata written by hand (see {@link Book}). */
public class Author extends Model {
    public String name;

    public static final ModelMeta<Author> META = ModelRegistry.register(ModelMeta.builder(Author.class, Author::new)
            .field(FieldMeta.<Author, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                    .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
            .field(FieldMeta.<Author, String>builder("name", FieldType.STRING, String.class).maxLength(50)
                    .access(FieldAccess.of(m -> m.name, (m, v) -> m.name = v)).build())
            .build());
}
