package io.aksara.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aksara.CompositeKey;
import io.aksara.QueryLog;
import io.aksara.it.models.composite.Course;
import io.aksara.it.models.composite.Enrollment;
import io.aksara.it.models.composite.Student;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A many-to-many relation through the common legacy link table: no id column, the primary key is
 * the pair of foreign keys ({@code Enrollment}, keyed by student and course), on every database.
 */
@OnEveryDatabase
class CompositeLinkSuite extends SuiteSchema {
    CompositeLinkSuite() {
        super(Student.class, Course.class, Enrollment.class);
    }

    @Test
    void addReadAndFilterThroughTheLinkTable() {
        Student ann = Student.objects.create("name", "Ann");
        Student bob = Student.objects.create("name", "Bob");
        Course sql = Course.objects.create("title", "SQL");
        Course java = Course.objects.create("title", "Java");

        ann.courses.add(sql, java);
        bob.courses.add(List.of(sql), Map.of("grade", "A"));
        ann.courses.add(sql); // already linked: no second row

        assertThat(Enrollment.objects.count()).isEqualTo(3);
        assertThat(Enrollment.objects.get("pk", CompositeKey.of(bob.id, sql.id)).grade).isEqualTo("A");
        assertThat(ann.courses.all().orderBy("title").fetch().stream().map(c -> c.title)).containsExactly("Java", "SQL");
        assertThat(sql.students().all().orderBy("name").fetch().stream().map(s -> s.name)).containsExactly("Ann", "Bob");
        assertThat(Student.objects.filter("courses__title", "Java").fetch().stream().map(s -> s.name)).containsExactly("Ann");
        assertThat(Course.objects.filter("students__name", "Bob").fetch().stream().map(c -> c.title)).containsExactly("SQL");
        assertThat(Enrollment.objects.filter("student__name", "Ann").filter("course__title", "SQL").count()).isEqualTo(1);
    }

    @Test
    void prefetchReadsTheLinksInOneQueryPerLevel() {
        Student ann = Student.objects.create("name", "Ann");
        Student bob = Student.objects.create("name", "Bob");
        Course sql = Course.objects.create("title", "SQL");
        Course java = Course.objects.create("title", "Java");
        ann.courses.add(sql, java);
        bob.courses.add(java);

        List<Student> students = Student.objects.prefetchRelated("courses").orderBy("name").fetch();
        List<String> sqlRun = QueryLog.capture(() -> {
            assertThat(students.get(0).courses.all().fetch().stream().map(c -> c.title))
                    .containsExactlyInAnyOrder("SQL", "Java");
            assertThat(students.get(1).courses.all().fetch().stream().map(c -> c.title)).containsExactly("Java");
        });
        assertThat(sqlRun).isEmpty();

        List<Enrollment> links = Enrollment.objects.selectRelated("student", "course").orderBy("student__name", "course__title").fetch();
        List<String> linkSql = QueryLog.capture(() -> assertThat(links.stream()
                .map(e -> e.student.get().name + "/" + e.course.get().title)).containsExactly("Ann/Java", "Ann/SQL", "Bob/Java"));
        assertThat(linkSql).isEmpty();
    }

    @Test
    void removeClearAndDeletingASideDeleteOnlyTheirLinks() {
        Student ann = Student.objects.create("name", "Ann");
        Student bob = Student.objects.create("name", "Bob");
        Course sql = Course.objects.create("title", "SQL");
        Course java = Course.objects.create("title", "Java");
        ann.courses.add(sql, java);
        bob.courses.add(sql, java);

        ann.courses.remove(java);
        assertThat(Enrollment.objects.fetch().stream().map(Enrollment::pk)).containsExactlyInAnyOrder(
                CompositeKey.of(ann.id, sql.id), CompositeKey.of(bob.id, sql.id), CompositeKey.of(bob.id, java.id));

        bob.courses.clear();
        assertThat(Enrollment.objects.count()).isEqualTo(1);

        bob.courses.set(List.of(java));
        sql.delete(); // cascades to Ann's link through the foreign key that is part of the key
        assertThat(Enrollment.objects.fetch().stream().map(Enrollment::pk)).containsExactly(CompositeKey.of(bob.id, java.id));
        assertThat(Course.objects.count()).isEqualTo(1);
    }
}
