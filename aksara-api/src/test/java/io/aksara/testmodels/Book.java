package io.aksara.testmodels;

import io.aksara.Manager;
import io.aksara.Model;
import io.aksara.Ref;
import io.aksara.fields.OnDelete;
import io.aksara.meta.FieldAccess;
import io.aksara.meta.FieldMeta;
import io.aksara.meta.FieldType;
import io.aksara.meta.ModelMeta;
import io.aksara.meta.ModelRegistry;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A model for the API's own unit tests. The API module cannot run the annotation processor (the
 * processor depends on it), so its metadata is written by hand with the same builders the
 * generated code uses.
 */
public class Book extends Model {
    public static final Manager<Book> objects = Manager.of(Book.class);

    public String title;
    public String email;
    public BigDecimal price;
    public boolean inPrint = true;
    public Integer pages;
    public Ref<Author> author;
    public OffsetDateTime published;

    public static final ModelMeta<Book> META = ModelRegistry.register(ModelMeta.builder(Book.class, Book::new)
            .table("books")
            .ordering("-published", "title")
            .field(FieldMeta.<Book, Long>builder("id", FieldType.BIG_AUTO, Long.class).primaryKey(true)
                    .access(FieldAccess.of(m -> m.id, (m, v) -> m.id = v)).build())
            .field(FieldMeta.<Book, String>builder("title", FieldType.STRING, String.class).maxLength(20)
                    .access(FieldAccess.of(m -> m.title, (m, v) -> m.title = v)).build())
            .field(FieldMeta.<Book, String>builder("email", FieldType.EMAIL, String.class).maxLength(254).nullable(true)
                    .access(FieldAccess.of(m -> m.email, (m, v) -> m.email = v)).build())
            .field(FieldMeta.<Book, BigDecimal>builder("price", FieldType.DECIMAL, BigDecimal.class).digits(6, 2)
                    .access(FieldAccess.of(m -> m.price, (m, v) -> m.price = v)).build())
            .field(FieldMeta.<Book, Boolean>builder("inPrint", FieldType.BOOLEAN, Boolean.class).primitive(true)
                    .access(FieldAccess.of(m -> m.inPrint, (m, v) -> m.inPrint = v)).build())
            .field(FieldMeta.<Book, Integer>builder("pages", FieldType.INTEGER, Integer.class).nullable(true)
                    .access(FieldAccess.of(m -> m.pages, (m, v) -> m.pages = v)).build())
            .field(FieldMeta.<Book, Ref<Author>>builder("author", FieldType.FOREIGN_KEY, Ref.class)
                    .relation(Author.class, OnDelete.CASCADE, "books")
                    .access(FieldAccess.of(m -> m.author, (m, v) -> m.author = v)).build())
            .field(FieldMeta.<Book, OffsetDateTime>builder("published", FieldType.DATE_TIME, OffsetDateTime.class)
                    .nullable(true).access(FieldAccess.of(m -> m.published, (m, v) -> m.published = v)).build())
            .build());
}
