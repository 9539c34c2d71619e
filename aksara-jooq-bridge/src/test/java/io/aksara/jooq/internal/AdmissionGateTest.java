package io.aksara.jooq.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {
    @Test
    void waitersAreAdmittedInArrivalOrder() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "pool", () -> "");
        gate.enter(1_000);
        List<Integer> order = new CopyOnWriteArrayList<>();
        Thread[] waiters = new Thread[5];
        for (int i = 0; i < waiters.length; i++) {
            int me = i;
            waiters[i] = Thread.ofVirtual().start(() -> {
                try {
                    gate.enter(10_000);
                    order.add(me);
                    gate.leave();
                } catch (SQLTransientConnectionException e) {
                    throw new IllegalStateException(e);
                }
            });
            while (gate.waiting() < i + 1) { // the next one queues only after this one
                Thread.sleep(1);
            }
        }
        gate.leave();
        for (Thread t : waiters) {
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void leavingWithTheCountEnterReturnedCountsAsLeaveDoesOnEveryThread() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "pool", () -> "");
        AdmissionGate.Leases outer = gate.enter(1_000);
        AdmissionGate.Leases inner = gate.enter(1);
        assertThat(inner).isSameAs(outer);
        gate.leave(inner);
        assertThat(gate.available()).as("one lease still open").isZero();
        // a stream closed on another thread that holds no lease: its permit still goes back, as leave() there would
        Thread other = Thread.ofVirtual().start(() -> gate.leave(outer));
        other.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aThreadHoldingAPermitEntersAgainWithoutWaitingAndGivesItBackAfterItsLastLease() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "pool", () -> "");
        gate.enter(1_000);
        gate.enter(1); // would time out if it queued for the one permit it holds
        assertThat(gate.available()).isZero();
        gate.leave();
        assertThat(gate.available()).as("one lease still open").isZero();
        gate.leave();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void runningOutOfTimeFailsLikeThePoolWithItsName() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "aksara-shop", () -> "total=1, active=1, idle=0, waiting=0");
        Thread holder = Thread.ofVirtual().start(() -> {
            try {
                gate.enter(1_000);
                Thread.sleep(2_000);
                gate.leave();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (gate.available() > 0) {
            Thread.sleep(1);
        }
        assertThatThrownBy(() -> gate.enter(50)).isInstanceOf(SQLTransientConnectionException.class)
                .hasMessage("aksara-shop - Connection is not available, request timed out after 50ms"
                        + " (total=1, active=1, idle=0, waiting=0; fair queue: 1 admitted, 0 waiting)");
        holder.join();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aShortTimeoutBehindALongOneRunsOutOnTimeAndLeavesNoInterruptBehind() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "pool", () -> "");
        gate.enter(1_000); // every permit taken: the others wait in line
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        Thread patient = Thread.ofVirtual().start(() -> {
            try {
                gate.enter(30_000);
                outcomes.add("admitted");
                gate.leave();
            } catch (SQLTransientConnectionException e) {
                outcomes.add(e);
            }
        });
        while (gate.waiting() == 0) {
            Thread.sleep(1);
        }
        List<Object> hasty = new CopyOnWriteArrayList<>();
        List<Thread> threads = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    gate.enter(100);
                    hasty.add("admitted");
                } catch (SQLTransientConnectionException e) {
                    hasty.add(Thread.currentThread().isInterrupted() ? "interrupt left set" : "timed out");
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(hasty).hasSize(20).containsOnly("timed out");
        assertThat(tookMs).as("20 waits of 100 ms behind one of 30 s").isLessThan(5_000);
        gate.leave();
        patient.join();
        assertThat(outcomes).containsExactly("admitted");
        assertThat(gate.available()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void anInterruptWhileWaitingIsTheCallersAndNoPermitIsLost() throws Exception {
        AdmissionGate gate = new AdmissionGate(1, "pool", () -> "");
        gate.enter(1_000);
        List<Object> seen = new CopyOnWriteArrayList<>();
        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                gate.enter(30_000);
                seen.add("admitted");
            } catch (SQLTransientConnectionException e) {
                seen.add(e.getMessage());
                seen.add(Thread.currentThread().isInterrupted());
            }
        });
        while (gate.waiting() == 0) {
            Thread.sleep(1);
        }
        waiter.interrupt();
        waiter.join();
        assertThat(seen).containsExactly("pool - Interrupted while waiting for a connection", true);
        gate.leave();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aGateWithoutPermitsIsRefused() {
        assertThatThrownBy(() -> new AdmissionGate(0, "pool", () -> ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 caller");
    }
}
