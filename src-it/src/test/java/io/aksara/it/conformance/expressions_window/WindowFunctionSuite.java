package io.aksara.it.conformance.expressions_window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aksara.Model;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.Sum;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Window;
import io.aksara.functions.CumeDist;
import io.aksara.functions.FirstValue;
import io.aksara.functions.Lag;
import io.aksara.functions.LastValue;
import io.aksara.functions.Lead;
import io.aksara.functions.NTile;
import io.aksara.functions.NthValue;
import io.aksara.functions.PercentRank;
import io.aksara.functions.RowNumber;
import io.aksara.it.OnEveryDatabase;
import io.aksara.it.conformance.support.AggConformanceSuite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Django 6.0 tests/expressions_window/tests.py {@code WindowFunctionTests}. */
@OnEveryDatabase
public class WindowFunctionSuite extends AggConformanceSuite {
    @Override
    protected List<Class<? extends Model>> models() {
        return List.of(Employee.class);
    }

    @Override
    protected void setUpTestData() {
        Object[][] rows = {{"Jones", 45000, "Accounting", LocalDate.of(2005, 11, 1), 20},
            {"Williams", 37000, "Accounting", LocalDate.of(2009, 6, 1), 20}, {"Jenson", 45000, "Accounting", LocalDate.of(2008, 4, 1), 20},
            {"Adams", 50000, "Accounting", LocalDate.of(2013, 7, 1), 50}, {"Smith", 55000, "Sales", LocalDate.of(2007, 6, 1), 30},
            {"Brown", 53000, "Sales", LocalDate.of(2009, 9, 1), 30}, {"Johnson", 40000, "Marketing", LocalDate.of(2012, 3, 1), 30},
            {"Smith", 38000, "Marketing", LocalDate.of(2009, 10, 1), 20}, {"Wilkinson", 60000, "IT", LocalDate.of(2011, 3, 1), 40},
            {"Moore", 34000, "IT", LocalDate.of(2013, 8, 1), 40}, {"Miller", 100000, "Management", LocalDate.of(2005, 6, 1), 40},
            {"Johnson", 80000, "Management", LocalDate.of(2005, 7, 1), 50}};
        for (Object[] e : rows) {
            Employee.objects.create("name", e[0], "salary", e[1], "department", e[2], "hireDate", e[3], "age", e[4],
                    "bonus", new BigDecimal((int) e[1]).divide(new BigDecimal(400), 2, RoundingMode.UNNECESSARY));
        }
    }

    private static double round10(Object v) {
        return BigDecimal.valueOf(((Number) v).doubleValue()).setScale(10, RoundingMode.HALF_EVEN).doubleValue();
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_department_salary
    @Test
    void test_department_salary() {
        var qs = Employee.objects.annotate(Window.of(Sum.of("salary")).partitionBy("department").orderBy("hireDate")
                .as("department_sum")).orderBy("department", "department_sum");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.department, e -> e.salary, e -> e.annotation("department_sum", Long.class))
                .containsExactly(tuple("Jones", "Accounting", 45000, 45000L), tuple("Jenson", "Accounting", 45000, 90000L),
                        tuple("Williams", "Accounting", 37000, 127000L), tuple("Adams", "Accounting", 50000, 177000L),
                        tuple("Wilkinson", "IT", 60000, 60000L), tuple("Moore", "IT", 34000, 94000L),
                        tuple("Miller", "Management", 100000, 100000L), tuple("Johnson", "Management", 80000, 180000L),
                        tuple("Smith", "Marketing", 38000, 38000L), tuple("Johnson", "Marketing", 40000, 78000L),
                        tuple("Smith", "Sales", 55000, 55000L), tuple("Brown", "Sales", 53000, 108000L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_row_number
    @Test
    void test_row_number() {
        var qs = Employee.objects.annotate(Window.of(RowNumber.of()).orderBy("pk").as("row_number")).orderBy("pk");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("row_number", Long.class)).containsExactly(
                tuple("Jones", 1L), tuple("Williams", 2L), tuple("Jenson", 3L), tuple("Adams", 4L), tuple("Smith", 5L),
                tuple("Brown", 6L), tuple("Johnson", 7L), tuple("Smith", 8L), tuple("Wilkinson", 9L), tuple("Moore", 10L),
                tuple("Miller", 11L), tuple("Johnson", 12L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_avg_salary_department
    @Test
    void test_avg_salary_department() {
        var qs = Employee.objects.annotate(Window.of(Avg.of("salary")).orderBy("department").partitionBy("department")
                .as("avg_salary")).orderBy("department", "-salary", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("avg_salary", Double.class)).containsExactly(
                tuple("Adams", 44250.0), tuple("Jenson", 44250.0), tuple("Jones", 44250.0), tuple("Williams", 44250.0),
                tuple("Wilkinson", 47000.0), tuple("Moore", 47000.0), tuple("Miller", 90000.0), tuple("Johnson", 90000.0),
                tuple("Johnson", 39000.0), tuple("Smith", 39000.0), tuple("Smith", 54000.0), tuple("Brown", 54000.0));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_lag
    @Test
    void test_lag() {
        var qs = Employee.objects.annotate(Window.of(Lag.of("salary", 1)).partitionBy("department").orderBy("salary", "name")
                .as("lag")).orderBy("department", "salary", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("lag", Integer.class)).containsExactly(
                tuple("Williams", null), tuple("Jenson", 37000), tuple("Jones", 45000), tuple("Adams", 45000),
                tuple("Moore", null), tuple("Wilkinson", 34000), tuple("Johnson", null), tuple("Miller", 80000),
                tuple("Smith", null), tuple("Johnson", 38000), tuple("Brown", null), tuple("Smith", 53000));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_first_value
    @Test
    void test_first_value() {
        var qs = Employee.objects.annotate(Window.of(FirstValue.of("salary")).partitionBy("department").orderBy("hireDate")
                .as("first_value")).orderBy("department", "hireDate");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("first_value", Integer.class)).containsExactly(
                tuple("Jones", 45000), tuple("Jenson", 45000), tuple("Williams", 45000), tuple("Adams", 45000),
                tuple("Wilkinson", 60000), tuple("Moore", 60000), tuple("Miller", 100000), tuple("Johnson", 100000),
                tuple("Smith", 38000), tuple("Johnson", 38000), tuple("Smith", 55000), tuple("Brown", 55000));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_last_value
    @Test
    void test_last_value() {
        var qs = Employee.objects.annotate(Window.of(LastValue.of("hireDate")).partitionBy("department").orderBy("hireDate")
                .as("last_value"));
        assertThat(qs.fetch()).hasSize(12)
                .allSatisfy(e -> assertThat(e.annotation("last_value", LocalDate.class)).isEqualTo(e.hireDate));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_min_department
    @Test
    void test_min_department() {
        var qs = Employee.objects.annotate(Window.of(Min.of("salary")).partitionBy("department").orderBy("salary", "name")
                .as("min_salary")).orderBy("department", "salary", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("min_salary", Integer.class)).containsExactly(
                tuple("Williams", 37000), tuple("Jenson", 37000), tuple("Jones", 37000), tuple("Adams", 37000),
                tuple("Moore", 34000), tuple("Wilkinson", 34000), tuple("Johnson", 80000), tuple("Miller", 80000),
                tuple("Smith", 38000), tuple("Johnson", 38000), tuple("Brown", 53000), tuple("Smith", 53000));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_cume_dist
    @Test
    void test_cume_dist() {
        var qs = Employee.objects.annotate(Window.of(CumeDist.of()).orderBy("salary").as("cume_dist")).orderBy("salary", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> round10(e.annotation("cume_dist", Double.class))).containsExactly(
                tuple("Moore", 0.0833333333), tuple("Williams", 0.1666666667), tuple("Smith", 0.25), tuple("Johnson", 0.3333333333),
                tuple("Jenson", 0.5), tuple("Jones", 0.5), tuple("Adams", 0.5833333333), tuple("Brown", 0.6666666667),
                tuple("Smith", 0.75), tuple("Wilkinson", 0.8333333333), tuple("Johnson", 0.9166666667), tuple("Miller", 1.0));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_nthvalue
    @Test
    void test_nthvalue() {
        var qs = Employee.objects.annotate(Window.of(NthValue.of("salary", 2)).orderBy("hireDate", "-name")
                .partitionBy("department").as("nth_value")).orderBy("department", "hireDate", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("nth_value", Integer.class)).containsExactly(
                tuple("Jones", null), tuple("Jenson", 45000), tuple("Williams", 45000), tuple("Adams", 45000),
                tuple("Wilkinson", null), tuple("Moore", 34000), tuple("Miller", null), tuple("Johnson", 80000),
                tuple("Smith", null), tuple("Johnson", 40000), tuple("Smith", null), tuple("Brown", 53000));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_lead
    @Test
    void test_lead() {
        var qs = Employee.objects.annotate(Window.of(Lead.of("salary")).orderBy("hireDate", "-name").partitionBy("department")
                .as("lead")).orderBy("department", "hireDate", "-name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("lead", Integer.class)).containsExactly(
                tuple("Jones", 45000), tuple("Jenson", 37000), tuple("Williams", 50000), tuple("Adams", null),
                tuple("Wilkinson", 34000), tuple("Moore", null), tuple("Miller", 80000), tuple("Johnson", null),
                tuple("Smith", 40000), tuple("Johnson", null), tuple("Smith", 53000), tuple("Brown", null));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_ntile
    @Test
    void test_ntile() {
        var qs = Employee.objects.annotate(Window.of(NTile.of(4)).orderBy("-salary").as("ntile")).orderBy("ntile", "-salary", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("ntile", Long.class)).containsExactly(
                tuple("Miller", 1L), tuple("Johnson", 1L), tuple("Wilkinson", 1L), tuple("Smith", 2L), tuple("Brown", 2L),
                tuple("Adams", 2L), tuple("Jenson", 3L), tuple("Jones", 3L), tuple("Johnson", 3L), tuple("Smith", 4L),
                tuple("Williams", 4L), tuple("Moore", 4L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_percent_rank
    @Test
    void test_percent_rank() {
        var qs = Employee.objects.annotate(Window.of(PercentRank.of()).orderBy("salary", "name").as("percent_rank"))
                .orderBy("percent_rank");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> round10(e.annotation("percent_rank", Double.class))).containsExactly(
                tuple("Moore", 0.0), tuple("Williams", 0.0909090909), tuple("Smith", 0.1818181818), tuple("Johnson", 0.2727272727),
                tuple("Jenson", 0.3636363636), tuple("Jones", 0.4545454545), tuple("Adams", 0.5454545455),
                tuple("Brown", 0.6363636364), tuple("Smith", 0.7272727273), tuple("Wilkinson", 0.8181818182),
                tuple("Johnson", 0.9090909091), tuple("Miller", 1.0));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_nth_returns_null
    @Test
    void test_nth_returns_null() {
        var qs = Employee.objects.annotate(Window.of(NthValue.of("salary", 20)).orderBy("salary").as("nth_value"));
        assertThat(qs.fetch()).extracting(e -> e.annotation("nth_value", Integer.class)).containsOnlyNulls();
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_multiple_ordering
    @Test
    void test_multiple_ordering() {
        var qs = Employee.objects.annotate(Window.of(Sum.of("salary")).partitionBy("department").orderBy("hireDate", "name")
                .as("sum")).orderBy("department", "sum");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("sum", Long.class)).containsExactly(
                tuple("Jones", 45000L), tuple("Jenson", 90000L), tuple("Williams", 127000L), tuple("Adams", 177000L),
                tuple("Wilkinson", 60000L), tuple("Moore", 94000L), tuple("Miller", 100000L), tuple("Johnson", 180000L),
                tuple("Smith", 38000L), tuple("Johnson", 78000L), tuple("Smith", 55000L), tuple("Brown", 108000L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_range_n_preceding_and_following
    @Test
    void test_range_n_preceding_and_following() {
        var qs = Employee.objects.annotate(Window.of(Sum.of("salary")).orderBy("salary").partitionBy("department")
                .rangeBetween(-2, 2).as("sum"));
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.salary, e -> e.annotation("sum", Long.class))
                .containsExactlyInAnyOrder(tuple("Williams", 37000, 37000L), tuple("Jones", 45000, 90000L),
                        tuple("Jenson", 45000, 90000L), tuple("Adams", 50000, 50000L), tuple("Brown", 53000, 53000L),
                        tuple("Smith", 55000, 55000L), tuple("Johnson", 40000, 40000L), tuple("Smith", 38000, 38000L),
                        tuple("Wilkinson", 60000, 60000L), tuple("Moore", 34000, 34000L), tuple("Miller", 100000, 100000L),
                        tuple("Johnson", 80000, 80000L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_range_unbound
    @Test
    void test_range_unbound() {
        var qs = Employee.objects.annotate(Window.of(Sum.of("salary")).partitionBy("age").orderBy("age")
                .rangeBetween(null, null).as("sum")).orderBy("department", "hireDate", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("sum", Long.class)).containsExactly(
                tuple("Jones", 165000L), tuple("Jenson", 165000L), tuple("Williams", 165000L), tuple("Adams", 130000L),
                tuple("Wilkinson", 194000L), tuple("Moore", 194000L), tuple("Miller", 194000L), tuple("Johnson", 130000L),
                tuple("Smith", 165000L), tuple("Johnson", 148000L), tuple("Smith", 148000L), tuple("Brown", 148000L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_subquery_row_range_rank
    @Test
    void test_subquery_row_range_rank() {
        var best = Employee.objects.filter("department", OuterRef.of("department"))
                .annotate(Window.of(Avg.of("salary")).orderBy("hireDate").rowsBetween(-1, 1).as("avg_salary"))
                .orderBy("-avg_salary", "hireDate");
        var qs = Employee.objects.annotate(Subquery.of(best, "hireDate").as("highest_avg_salary_date")).orderBy("department", "name");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("highest_avg_salary_date", LocalDate.class)).containsExactly(
                tuple("Adams", LocalDate.of(2005, 11, 1)), tuple("Jenson", LocalDate.of(2005, 11, 1)),
                tuple("Jones", LocalDate.of(2005, 11, 1)), tuple("Williams", LocalDate.of(2005, 11, 1)),
                tuple("Moore", LocalDate.of(2011, 3, 1)), tuple("Wilkinson", LocalDate.of(2011, 3, 1)),
                tuple("Johnson", LocalDate.of(2005, 6, 1)), tuple("Miller", LocalDate.of(2005, 6, 1)),
                tuple("Johnson", LocalDate.of(2009, 10, 1)), tuple("Smith", LocalDate.of(2009, 10, 1)),
                tuple("Brown", LocalDate.of(2007, 6, 1)), tuple("Smith", LocalDate.of(2007, 6, 1)));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_row_range_rank
    @Test
    void test_row_range_rank() {
        var qs = Employee.objects.annotate(Window.of(Sum.of("salary")).orderBy("hireDate", "-name").rowsBetween(null, 3).as("sum"))
                .orderBy("sum", "hireDate");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("sum", Long.class)).containsExactly(
                tuple("Miller", 280000L), tuple("Johnson", 325000L), tuple("Jones", 362000L), tuple("Smith", 415000L),
                tuple("Jenson", 453000L), tuple("Williams", 513000L), tuple("Brown", 553000L), tuple("Smith", 603000L),
                tuple("Wilkinson", 637000L), tuple("Johnson", 637000L), tuple("Adams", 637000L), tuple("Moore", 637000L));
    }

    // Django 6.0 tests/expressions_window/tests.py WindowFunctionTests.test_max_per_year (partition by a transform)
    @Test
    void test_max_per_year() {
        var qs = Employee.objects.annotate(Window.of(Max.of("salary")).partitionBy(io.aksara.F.of("hireDate__year"))
                .as("max_salary_year")).orderBy(io.aksara.F.of("hireDate__year").asc(), "salary");
        assertThat(qs.fetch()).extracting(e -> e.name, e -> e.annotation("max_salary_year", Integer.class)).containsExactly(
                tuple("Jones", 100000), tuple("Johnson", 100000), tuple("Miller", 100000), tuple("Smith", 55000),
                tuple("Jenson", 45000), tuple("Williams", 53000), tuple("Smith", 53000), tuple("Brown", 53000),
                tuple("Wilkinson", 60000), tuple("Johnson", 40000), tuple("Moore", 50000), tuple("Adams", 50000));
    }
}
