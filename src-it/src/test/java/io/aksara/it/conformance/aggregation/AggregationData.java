package io.aksara.it.conformance.aggregation;

import io.aksara.Model;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Django 6.0 tests/aggregation/tests.py {@code AggregateTestCase.setUpTestData}, value for value
 * (datetimes are naive in Django; here they are UTC).
 */
final class AggregationData {
    static final List<Class<? extends Model>> MODELS = List.of(Author.class, Author_friends.class, Publisher.class,
            Book.class, Book_authors.class, Store.class, Store_books.class);

    Author a1, a2, a3, a4, a5, a6, a7, a8, a9;
    Publisher p1, p2, p3, p4, p5;
    Book b1, b2, b3, b4, b5, b6;

    static AggregationData create() {
        AggregationData d = new AggregationData();
        d.a1 = author("Adrian Holovaty", 34);
        d.a2 = author("Jacob Kaplan-Moss", 35);
        d.a3 = author("Brad Dayley", 45);
        d.a4 = author("James Bennett", 29);
        d.a5 = author("Jeffrey Forcier", 37);
        d.a6 = author("Paul Bissex", 29);
        d.a7 = author("Wesley J. Chun", 25);
        d.a8 = author("Peter Norvig", 57);
        d.a9 = author("Stuart Russell", 46);
        d.a1.friends.add(d.a2, d.a4);
        d.a2.friends.add(d.a1, d.a7);
        d.a4.friends.add(d.a1);
        d.a5.friends.add(d.a6, d.a7);
        d.a6.friends.add(d.a5, d.a7);
        d.a7.friends.add(d.a2, d.a5, d.a6);
        d.a8.friends.add(d.a9);
        d.a9.friends.add(d.a8);

        d.p1 = Publisher.objects.create("name", "Apress", "numAwards", 3, "duration", java.time.Duration.ofDays(1));
        d.p2 = Publisher.objects.create("name", "Sams", "numAwards", 1, "duration", java.time.Duration.ofDays(2));
        d.p3 = Publisher.objects.create("name", "Prentice Hall", "numAwards", 7);
        d.p4 = Publisher.objects.create("name", "Morgan Kaufmann", "numAwards", 9);
        d.p5 = Publisher.objects.create("name", "Jonno's House of Books", "numAwards", 0);

        d.b1 = book("159059725", "The Definitive Guide to Django: Web Development Done Right", 447, 4.5, "30.00",
                d.a1, d.p1, LocalDate.of(2007, 12, 6));
        d.b2 = book("067232959", "Sams Teach Yourself Django in 24 Hours", 528, 3.0, "23.09", d.a3, d.p2,
                LocalDate.of(2008, 3, 3));
        d.b3 = book("159059996", "Practical Django Projects", 300, 4.0, "29.69", d.a4, d.p1, LocalDate.of(2008, 6, 23));
        d.b4 = book("013235613", "Python Web Development with Django", 350, 4.0, "29.69", d.a5, d.p3,
                LocalDate.of(2008, 11, 3));
        d.b5 = book("013790395", "Artificial Intelligence: A Modern Approach", 1132, 4.0, "82.80", d.a8, d.p3,
                LocalDate.of(1995, 1, 15));
        d.b6 = book("155860191", "Paradigms of Artificial Intelligence Programming: Case Studies in Common Lisp", 946,
                5.0, "75.00", d.a8, d.p4, LocalDate.of(1991, 10, 15));
        d.b1.authors.add(d.a1, d.a2);
        d.b2.authors.add(d.a3);
        d.b3.authors.add(d.a4);
        d.b4.authors.add(d.a5, d.a6, d.a7);
        d.b5.authors.add(d.a8, d.a9);
        d.b6.authors.add(d.a8);

        Store s1 = store("Amazon.com", OffsetDateTime.of(1994, 4, 23, 9, 17, 42, 0, ZoneOffset.UTC), LocalTime.of(23, 59, 59));
        Store s2 = store("Books.com", OffsetDateTime.of(2001, 3, 15, 11, 23, 37, 0, ZoneOffset.UTC), LocalTime.of(23, 59, 59));
        Store s3 = store("Mamma and Pappa's Books", OffsetDateTime.of(1945, 4, 25, 16, 24, 14, 0, ZoneOffset.UTC),
                LocalTime.of(21, 30));
        s1.books.add(d.b1, d.b2, d.b3, d.b4, d.b5, d.b6);
        s2.books.add(d.b1, d.b3, d.b5, d.b6);
        s3.books.add(d.b3, d.b4, d.b6);
        return d;
    }

    private static Author author(String name, int age) {
        return Author.objects.create("name", name, "age", age);
    }

    private static Book book(String isbn, String name, int pages, double rating, String price, Author contact,
            Publisher publisher, LocalDate pubdate) {
        return Book.objects.create("isbn", isbn, "name", name, "pages", pages, "rating", rating, "price",
                new BigDecimal(price), "contact", contact, "publisher", publisher, "pubdate", pubdate);
    }

    private static Store store(String name, OffsetDateTime opening, LocalTime closing) {
        return Store.objects.create("name", name, "originalOpening", opening, "fridayNightClosing", closing);
    }
}
