package io.aksara.query;

import io.aksara.ForUpdate;
import java.util.List;
import java.util.Objects;

/**
 * The row lock of a SELECT ({@code FOR UPDATE ...}), as {@link io.aksara.QuerySet#selectForUpdate}
 * resolved it.
 *
 * @param mode what to do about rows another transaction has locked
 * @param of   the tables to lock, as relation paths from the queried model ({@code "self"} is the
 *             model's own table); empty means every table the query reads
 */
public record RowLock(ForUpdate mode, List<String> of) {
    public RowLock {
        Objects.requireNonNull(mode, "mode");
        of = List.copyOf(of);
    }
}
