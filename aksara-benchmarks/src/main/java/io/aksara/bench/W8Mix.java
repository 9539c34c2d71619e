package io.aksara.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * W8 tfb_mix: throughput (tasks/s) of a closed loop of {@code concurrency} workers over one pool of
 * 5 connections. Tasks rotate through TFB's {@code queries(20)} (20 x W1), {@code updates(5)}
 * (5 x W5) and {@code fortunes()}. The stack methods run on virtual threads; {@code *_platform}
 * runs the same tasks on a platform {@code FixedThreadPool(5)}, the size of the connection pool.
 * One invocation = {@value #TASKS} tasks, taken from a shared counter until none are left.
 *
 * <p>Waiting for a connection: {@code jdbc} waits in HikariCP's own hand-off; {@code jdbc_gated}
 * waits first on a fair {@code Semaphore(POOL_SIZE)} around each operation (one connection borrow
 * each, updates included), what a careful engineer does with many virtual threads over a small pool.
 * {@code aksara} runs with its default fair queue ({@code DatabaseConfig.fairQueue}), which is held
 * per connection lease (an update's {@code get} and {@code save} queue once each);
 * {@code aksara_ungated} turns it off, like with like against {@code jdbc}. {@code aksara_one_lease}
 * keeps the queue and runs each update's {@code get} + {@code save} inside
 * {@code Aksara.onOneConnection} (one lease per update, as {@code jdbc} and {@code jdbc_gated} borrow
 * one connection per update): like with like against {@code jdbc_gated}, while {@code aksara} stays the
 * plain application code, two leases per update.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class W8Mix {
    public static final int TASKS = 240;

    /** Virtual threads in the closed loop (benchmarks.md §6.2 uses 16, 64, 256; pass -p concurrency=...). */
    @Param({"64"})
    public int concurrency;

    private int base;
    private ExecutorService platform;

    @Setup(Level.Trial)
    public void start() {
        platform = Executors.newFixedThreadPool(BenchConfig.POOL_SIZE);
    }

    @TearDown(Level.Trial)
    public void stop() {
        platform.shutdownNow();
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void jdbc(JdbcStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void jdbc_gated(JdbcStack s) throws Exception {
        onVirtualThreads(s, new Semaphore(BenchConfig.POOL_SIZE, true));
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void aksara_ungated(AksaraUngatedStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void jooq(JooqStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void hibernate(HibernateStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void aksara(AksaraStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void aksara_one_lease(AksaraOneLeaseStack s) throws Exception {
        onVirtualThreads(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void jdbc_platform(JdbcStack s) throws Exception {
        onPlatformPool(s);
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public void aksara_platform(AksaraStack s) throws Exception {
        onPlatformPool(s);
    }

    /** One TFB task; {@code k} numbers tasks across invocations, so ids keep cycling. */
    static void task(Stack s, int k) {
        task(s, k, null);
    }

    /** As {@link #task(Stack, int)}, each operation (one connection borrow) inside {@code gate} when not null. */
    static void task(Stack s, int k, Semaphore gate) {
        switch (Math.floorMod(k, 3)) {
            case 0 -> {
                for (int j = 0; j < 20; j++) {
                    int id = Params.id(k * 20 + j);
                    gated(gate, () -> s.pk(id));
                }
            }
            case 1 -> {
                for (int j = 0; j < 5; j++) {
                    int id = Params.id(k * 5 + j);
                    gated(gate, () -> s.updatePk(id));
                }
            }
            default -> gated(gate, s::fortunes);
        }
    }

    /** Runs {@code op} holding a permit of the fair {@code gate}: waiting in line in front of the pool. */
    static void gated(Semaphore gate, Runnable op) {
        if (gate == null) {
            op.run();
            return;
        }
        gate.acquireUninterruptibly();
        try {
            op.run();
        } finally {
            gate.release();
        }
    }

    private void onVirtualThreads(Stack s) throws Exception {
        onVirtualThreads(s, null);
    }

    private void onVirtualThreads(Stack s, Semaphore gate) throws Exception {
        int first = base;
        base += TASKS;
        onVirtualThreads(s, first, concurrency, gate);
    }

    private void onPlatformPool(Stack s) throws Exception {
        int first = base;
        base += TASKS;
        onPlatformPool(platform, s, first);
    }

    /**
     * One invocation on virtual threads: tasks {@code first} to {@code first + TASKS - 1} taken from a shared
     * counter by {@code threads} new virtual threads, each operation inside {@code gate} when not null.
     * Also {@link PairedW8}'s, so that both harnesses measure the same loop.
     */
    static void onVirtualThreads(Stack s, int first, int threads, Semaphore gate) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = worker(s, first, next, failure, gate);
        Thread[] running = new Thread[threads];
        for (int i = 0; i < running.length; i++) {
            running[i] = Thread.ofVirtual().start(work);
        }
        for (Thread t : running) {
            t.join();
        }
        rethrow(failure.get());
    }

    /** The same invocation on a platform pool: one worker per connection of the pool, {@link BenchConfig#POOL_SIZE}. */
    static void onPlatformPool(ExecutorService platform, Stack s, int first) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = worker(s, first, next, failure, null);
        Future<?>[] running = new Future<?>[BenchConfig.POOL_SIZE];
        for (int i = 0; i < running.length; i++) {
            running[i] = platform.submit(work);
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure.compareAndSet(null, e.getCause());
            }
        }
        rethrow(failure.get());
    }

    private static Runnable worker(Stack s, int first, AtomicInteger next, AtomicReference<Throwable> failure,
            Semaphore gate) {
        return () -> {
            int k;
            while (failure.get() == null && (k = next.getAndIncrement()) < TASKS) {
                try {
                    task(s, first + k, gate);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
    }

    private static void rethrow(Throwable t) throws Exception {
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
