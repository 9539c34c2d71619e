package io.aksara.jooq.internal;

import io.aksara.jooq.observe.ObservedStatement;
import io.aksara.jooq.observe.StatementObserver;
import io.aksara.jooq.observe.StatementObservers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One statement reported to the registered {@link StatementObserver}s: started before it runs,
 * finished once, with its rows or its error. An observer that throws is logged and skipped: a
 * metric must never fail a query.
 */
final class StatementTrace {
    private static final Logger LOG = LoggerFactory.getLogger(StatementTrace.class);

    private final List<StatementObserver.Finish> finishes;
    private boolean finished;

    private StatementTrace(List<StatementObserver.Finish> finishes) {
        this.finishes = finishes;
    }

    /** Whether a statement observer is registered (and so wants each statement's parameters). */
    static boolean observed() {
        return StatementObservers.any();
    }

    /** The trace of a statement about to run, or null when nobody observes statements. */
    static StatementTrace start(BackendContext db, String sql, List<Object> params) {
        if (!StatementObservers.any()) {
            return null;
        }
        StatementLabels.Label label = StatementLabels.of(sql);
        ObservedStatement statement = new ObservedStatement(db.alias(), label.model(), label.operation(), sql,
                params == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(params)));
        List<StatementObserver.Finish> finishes = new ArrayList<>(2);
        for (StatementObserver o : StatementObservers.all()) {
            try {
                finishes.add(o.started(statement));
            } catch (RuntimeException e) {
                LOG.warn("A statement observer failed when a statement started; ignored", e);
            }
        }
        return new StatementTrace(finishes);
    }

    void succeeded(long rows) {
        finish(rows, null);
    }

    void failed(RuntimeException error) {
        finish(-1, error);
    }

    private void finish(long rows, RuntimeException error) {
        if (finished) {
            return; // a stream closed after its failure: the failure was reported
        }
        finished = true;
        for (StatementObserver.Finish f : finishes) {
            try {
                if (f != null) {
                    f.finished(rows, error);
                }
            } catch (RuntimeException e) {
                LOG.warn("A statement observer failed when a statement ended; ignored", e);
            }
        }
    }
}
