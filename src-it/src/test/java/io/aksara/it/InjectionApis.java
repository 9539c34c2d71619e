package io.aksara.it;

import io.aksara.F;
import io.aksara.ForUpdate;
import io.aksara.Prefetch;
import io.aksara.Q;
import io.aksara.Transaction;
import io.aksara.aggregates.Avg;
import io.aksara.aggregates.Count;
import io.aksara.aggregates.Max;
import io.aksara.aggregates.Min;
import io.aksara.aggregates.StdDev;
import io.aksara.aggregates.Sum;
import io.aksara.aggregates.Variance;
import io.aksara.expr.Case;
import io.aksara.expr.Exists;
import io.aksara.expr.Expression;
import io.aksara.expr.Named;
import io.aksara.expr.OuterRef;
import io.aksara.expr.Subquery;
import io.aksara.expr.Value;
import io.aksara.expr.When;
import io.aksara.expr.Window;
import io.aksara.functions.Abs;
import io.aksara.functions.Cast;
import io.aksara.functions.Ceil;
import io.aksara.functions.Coalesce;
import io.aksara.functions.Concat;
import io.aksara.functions.Extract;
import io.aksara.functions.FirstValue;
import io.aksara.functions.Floor;
import io.aksara.functions.Func;
import io.aksara.functions.Greatest;
import io.aksara.functions.Lag;
import io.aksara.functions.LastValue;
import io.aksara.functions.Lead;
import io.aksara.functions.Least;
import io.aksara.functions.Length;
import io.aksara.functions.Lower;
import io.aksara.functions.Mod;
import io.aksara.functions.NthValue;
import io.aksara.functions.NullIf;
import io.aksara.functions.Power;
import io.aksara.functions.Replace;
import io.aksara.functions.Round;
import io.aksara.functions.RowNumber;
import io.aksara.functions.Sign;
import io.aksara.functions.Sqrt;
import io.aksara.functions.Substr;
import io.aksara.functions.Trim;
import io.aksara.functions.Trunc;
import io.aksara.functions.Upper;
import io.aksara.it.models.Keeper;
import io.aksara.it.models.Lure;
import io.aksara.query.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every public API that takes a string or a name, as one row each: what the injection sweep
 * ({@link InjectionSuite}) feeds its payloads through. A new API that takes a string is one more
 * row here; the guard test in aksara-api ({@code StringCarryingTypesTest}) fails until each public
 * type with a String component is named here or allow-listed there with a reason.
 */
final class InjectionApis {
    /** One way a string reaches the ORM. */
    record Api(String name, Consumer<String> run) {}

    private InjectionApis() {}

    static List<Api> all() {
        List<Api> t = new ArrayList<>();
        // lookups and field names in filter / exclude / Q / get
        t.add(api("filter field", p -> Lure.objects.filter(p, 1).count()));
        t.add(api("filter lookup", p -> Lure.objects.filter("name__" + p, "x").count()));
        t.add(api("filter transform", p -> Lure.objects.filter("at__" + p + "__gte", 1).count()));
        t.add(api("filter across relation", p -> Lure.objects.filter("keeper__" + p, "x").count()));
        t.add(api("exclude field", p -> Lure.objects.exclude(p, 1).count()));
        t.add(api("Q field", p -> Lure.objects.filter(Q.of(p, 1).or(Q.of("size", 2))).count()));
        t.add(api("get field", p -> Lure.objects.get(p, 1)));
        // filter values: only ever bound
        t.add(api("filter value exact", p -> Lure.objects.filter("name", p).count()));
        t.add(api("filter value contains", p -> Lure.objects.filter("note__icontains", p).count()));
        t.add(api("filter value startswith", p -> Lure.objects.filter("name__startswith", p).count()));
        t.add(api("filter value iexact", p -> Lure.objects.filter("name__iexact", p).count()));
        t.add(api("filter value in", p -> Lure.objects.filter("name__in", List.of(p, "x")).count()));
        t.add(api("exclude value", p -> Lure.objects.exclude("note", p).count()));
        t.add(api("Q value", p -> Lure.objects.filter(Q.of("name", p).or(Q.of("note", p))).count()));
        t.add(api("get value", p -> Lure.objects.get("name", p)));
        // ordering, projections, loading
        t.add(api("orderBy", p -> Lure.objects.all().orderBy(p).fetch()));
        t.add(api("orderBy descending", p -> Lure.objects.all().orderBy("-" + p).fetch()));
        t.add(api("values", p -> Lure.objects.values(p).fetch()));
        t.add(api("valuesList", p -> Lure.objects.valuesList("name", p).fetch()));
        t.add(api("only", p -> Lure.objects.only(p).fetch()));
        t.add(api("defer", p -> Lure.objects.defer(p).fetch()));
        t.add(api("selectRelated", p -> Lure.objects.selectRelated(p).fetch()));
        t.add(api("prefetchRelated", p -> Keeper.objects.prefetchRelated(p).fetch()));
        t.add(api("Prefetch.of", p -> Keeper.objects.prefetchRelated(Prefetch.of(p)).fetch()));
        t.add(api("Prefetch.to", p -> Keeper.objects.prefetchRelated(Prefetch.of("lures").to(p)).fetch()));
        t.add(api("orderBy expression", p -> Lure.objects.all().orderBy(F.of(p).desc().nullsLast()).fetch()));
        t.add(api("dates field", p -> Lure.objects.all().dates(p, "month")));
        t.add(api("dates kind", p -> Lure.objects.all().dates("day", p)));
        t.add(api("dates order", p -> Lure.objects.all().dates("day", "month", p)));
        t.add(api("datetimes kind", p -> Lure.objects.all().datetimes("at", p)));
        t.add(api("latest", p -> Lure.objects.latest(p)));
        t.add(api("inBulk field", p -> Lure.objects.inBulk(List.of(1), p)));
        t.add(api("selectForUpdate of", p -> Transaction.atomic(() -> Lure.objects.all().selectForUpdate(ForUpdate.WAIT, p).fetch())));
        // aliases
        t.add(api("annotate name", p -> Lure.objects.annotate(p, F.of("size")).fetch()));
        t.add(api("alias name", p -> Lure.objects.alias(p, F.of("size")).filter(p + "__gt", 0).count()));
        t.add(api("Expression.as", p -> Lure.objects.annotate(F.of("size").plus(1).as(p)).fetch()));
        t.add(api("Named constructor", p -> Lure.objects.annotate(new Named(F.of("size"), p)).fetch()));
        t.add(api("aggregate name", p -> Lure.objects.aggregate(p, Sum.of("size"))));
        t.add(api("Aggregate.as", p -> Lure.objects.aggregate(Count.all().as(p))));
        t.add(api("Aggregate.filter", p -> Lure.objects.aggregate(Count.all().filter(p, 1).as("n"))));
        // F and expressions
        t.add(api("F.of", p -> Lure.objects.filter("size__lt", F.of(p)).count()));
        t.add(api("F constructor", p -> Lure.objects.annotate(new F(p).as("v")).fetch()));
        t.add(api("Value.of", p -> Lure.objects.annotate(Value.of(p).as("v")).fetch()));
        t.add(api("Value constructor", p -> Lure.objects.filter("name", new Value(p)).count()));
        t.add(api("Case/When lookup", p -> Lure.objects.annotate(Case.of(When.of(p, 1, "a")).as("v")).fetch()));
        t.add(api("Case/When value", p -> Lure.objects.annotate(Case.of(When.of("size", 1, p)).otherwise(p).as("v")).fetch()));
        t.add(api("OuterRef", p -> Keeper.objects.filter(Exists.of(Lure.objects.filter("keeper", OuterRef.of(p)))).count()));
        t.add(api("OuterRef constructor", p -> Keeper.objects.annotate(
                Subquery.of(Lure.objects.filter("name", new OuterRef(p)), "size").as("v")).fetch()));
        t.add(api("Subquery field", p -> Keeper.objects.annotate(Subquery.of(Lure.objects.all(), p).as("v")).fetch()));
        t.add(api("Subquery rows name", p -> Keeper.objects.annotate(Subquery.of(Lure.objects.values("size"), p).as("v")).fetch()));
        t.add(api("Window.orderBy", p -> Lure.objects.annotate(Window.of(RowNumber.of()).orderBy(p).as("v")).fetch()));
        t.add(api("Window.partitionBy", p -> Lure.objects.annotate(Window.of(RowNumber.of()).partitionBy(p).as("v")).fetch()));
        t.add(api("Window constructor", p -> Lure.objects.annotate(
                new Window(RowNumber.of(), List.of(), List.of(p)).as("v")).fetch()));
        // functions: of(...) and the public constructors
        t.add(api("Trunc.of kind", p -> Lure.objects.annotate(Trunc.of("at", p).as("v")).fetch()));
        t.add(api("Trunc constructor kind", p -> Lure.objects.annotate(new Trunc(F.of("at"), p).as("v")).fetch()));
        t.add(api("Trunc constructor on a date", p -> Lure.objects.annotate(new Trunc(F.of("day"), p).as("v")).fetch()));
        t.add(api("Trunc.of source", p -> Lure.objects.annotate(Trunc.of(p, "day").as("v")).fetch()));
        t.add(api("Expr.Trunc constructor", p -> new Expr.Trunc(new Expr.Constant(null, null), p)));
        t.add(api("Extract.of part", p -> Lure.objects.annotate(Extract.of("at", p).as("v")).fetch()));
        t.add(api("Extract constructor part", p -> Lure.objects.annotate(new Extract(F.of("at"), p).as("v")).fetch()));
        t.add(api("Cast.of source", p -> Lure.objects.annotate(Cast.of(p, String.class).as("v")).fetch()));
        t.add(api("Cast constructor source", p -> Lure.objects.annotate(new Cast(F.of(p), Long.class, 0, 0).as("v")).fetch()));
        t.add(api("Func constructor", p -> Lure.objects.annotate(new Func(Expr.Func.Function.LOWER, List.of(F.of(p))).as("v")).fetch()));
        t.add(api("Func constructor value", p -> Lure.objects.annotate(new Func(Expr.Func.Function.REPLACE,
                List.of(F.of("name"), Value.of(p), Value.of("y"))).as("v")).fetch()));
        t.add(api("Lower.of", p -> annotate(Lower.of(p))));
        t.add(api("Upper.of", p -> annotate(Upper.of(p))));
        t.add(api("Length.of", p -> annotate(Length.of(p))));
        t.add(api("Trim.of", p -> annotate(Trim.of(p))));
        t.add(api("Coalesce.of", p -> annotate(Coalesce.of(p, "name"))));
        t.add(api("Concat.of", p -> annotate(Concat.of("name", p))));
        t.add(api("Greatest.of", p -> annotate(Greatest.of(p, "size"))));
        t.add(api("Least.of", p -> annotate(Least.of("size", p))));
        t.add(api("NullIf.of", p -> annotate(NullIf.of(p, "name"))));
        t.add(api("Replace.of text", p -> annotate(Replace.of("name", p, "y"))));
        t.add(api("Substr.of", p -> annotate(Substr.of(p, 1, 2))));
        t.add(api("Abs.of", p -> annotate(Abs.of(p))));
        t.add(api("Ceil.of", p -> annotate(Ceil.of(p))));
        t.add(api("Floor.of", p -> annotate(Floor.of(p))));
        t.add(api("Round.of", p -> annotate(Round.of(p, 1))));
        t.add(api("Sign.of", p -> annotate(Sign.of(p))));
        t.add(api("Sqrt.of", p -> annotate(Sqrt.of(p))));
        t.add(api("Mod.of", p -> annotate(Mod.of("size", p))));
        t.add(api("Power.of", p -> annotate(Power.of(p, "size"))));
        t.add(api("Lag.of", p -> annotate(Window.of(Lag.of(p)).orderBy("size"))));
        t.add(api("Lead.of default", p -> annotate(Window.of(Lead.of("name", 1, p)).orderBy("size"))));
        t.add(api("FirstValue.of", p -> annotate(Window.of(FirstValue.of(p)).orderBy("size"))));
        t.add(api("LastValue.of", p -> annotate(Window.of(LastValue.of(p)).orderBy("size"))));
        t.add(api("NthValue.of", p -> annotate(Window.of(NthValue.of(p, 2)).orderBy("size"))));
        // aggregates
        t.add(api("Count.of", p -> Lure.objects.aggregate(Count.of(p))));
        t.add(api("Sum.of", p -> Lure.objects.aggregate(Sum.of(p))));
        t.add(api("Avg.of", p -> Lure.objects.aggregate(Avg.of(p))));
        t.add(api("Min.of", p -> Lure.objects.aggregate(Min.of(p))));
        t.add(api("Max.of", p -> Lure.objects.aggregate(Max.of(p))));
        t.add(api("StdDev.of", p -> Lure.objects.aggregate(StdDev.of(p))));
        t.add(api("Variance.of", p -> Lure.objects.aggregate(Variance.of(p))));
        t.add(api("Count annotate", p -> Keeper.objects.annotate(Count.of(p).as("n")).fetch()));
        // JSON keys
        t.add(api("JSON key", p -> Lure.objects.filter("data__" + p, "x").count()));
        t.add(api("JSON nested key", p -> Lure.objects.filter("data__owner__" + p + "__isnull", true).count()));
        t.add(api("JSON key value", p -> Lure.objects.filter("data__owner", p).count()));
        // writes: field names and values
        t.add(api("update field", p -> Lure.objects.filter("size", -1).update(p, 1)));
        t.add(api("update value", p -> Lure.objects.filter("size", -1).update("note", p)));
        t.add(api("update F", p -> Lure.objects.filter("size", -1).update("size", F.of(p))));
        t.add(api("create field", p -> Lure.objects.create(p, 1)));
        t.add(api("create value", p -> Lure.objects.create("name", "n", "size", -2, "note", p)));
        t.add(api("getOrCreate lookup", p -> Lure.objects.getOrCreate(Map.of(p, 1))));
        return t;
    }

    private static Api api(String name, Consumer<String> run) {
        return new Api(name, run);
    }

    private static void annotate(Expression e) {
        Lure.objects.annotate(e.as("v")).fetch();
    }
}
