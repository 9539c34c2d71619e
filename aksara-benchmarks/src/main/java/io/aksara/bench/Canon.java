package io.aksara.bench;

import io.aksara.bench.Rows.FortuneRow;
import io.aksara.bench.Rows.JournalRow;
import io.aksara.bench.Rows.OwnerRow;
import io.aksara.bench.Rows.PetRow;
import io.aksara.bench.Rows.WorldRow;
import io.aksara.bench.hibernate.HFortune;
import io.aksara.bench.hibernate.HJournal;
import io.aksara.bench.hibernate.HOwner;
import io.aksara.bench.hibernate.HPet;
import io.aksara.bench.hibernate.HWorld;
import io.aksara.bench.models.Fortune;
import io.aksara.bench.models.Journal;
import io.aksara.bench.models.Owner;
import io.aksara.bench.models.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Every stack's result objects as plain comparable values (timestamps as instants, decimals at scale 4). */
public final class Canon {
    record CWorld(int id, int randomNumber) {}

    record CJournal(long id, Instant ts, int level, String text, int a, long b, String c, boolean d) {}

    record CFortune(int id, String message) {}

    record CPet(int id, String name, LocalDate birthDate) {}

    record COwner(int id, String firstName, String lastName, List<CPet> pets) {}

    private Canon() {}

    /** Whether two stacks' results are the same values (for the stub benchmarks' own checks). */
    public static boolean same(Object a, Object b) {
        return of(a).equals(of(b));
    }

    static Object of(Object o) {
        return switch (o) {
            case null -> null;
            case List<?> list -> list.stream().map(Canon::of).toList();
            case Long l -> l;
            case WorldRow w -> new CWorld(w.id(), w.randomNumber());
            case HWorld w -> new CWorld(w.id, w.randomNumber);
            case World w -> new CWorld(w.id, w.randomNumber);
            case JournalRow j -> journal(j.id(), j.ts(), j.level(), j.text(), j.a(), j.b(), j.c(), j.d());
            case HJournal j -> journal(j.id, j.ts, j.level, j.text, j.a, j.b, j.c, j.d);
            case Journal j -> journal(j.id, j.ts, j.level, j.text, j.a, j.b, j.c, j.d);
            case FortuneRow f -> new CFortune(f.id(), f.message());
            case HFortune f -> new CFortune(f.id, f.message);
            case Fortune f -> new CFortune(f.id, f.message);
            case OwnerRow ow -> new COwner(ow.id(), ow.firstName(), ow.lastName(),
                    ow.pets().stream().map(p -> pet(p)).toList());
            case HOwner ow -> new COwner(ow.id, ow.firstName, ow.lastName, ow.pets.stream().map(p -> pet(p)).toList());
            case Owner ow -> new COwner(ow.id, ow.firstName, ow.lastName, ow.pets().all().fetch().stream()
                    .map(p -> new CPet(p.id, p.name, p.birthDate)).toList());
            default -> throw new IllegalArgumentException("no canonical form for " + o.getClass().getName());
        };
    }

    private static CPet pet(PetRow p) {
        return new CPet(p.id(), p.name(), p.birthDate());
    }

    private static CPet pet(HPet p) {
        return new CPet(p.id, p.name, p.birthDate);
    }

    static CJournal journal(long id, OffsetDateTime ts, int level, String text, int a, long b, BigDecimal c, boolean d) {
        return new CJournal(id, ts == null ? null : ts.toInstant(), level, text, a, b,
                c == null ? null : c.setScale(4).toPlainString(), d);
    }
}
