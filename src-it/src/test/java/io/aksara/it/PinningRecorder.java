package io.aksara.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records {@code jdk.VirtualThreadPinned} events in-process (threshold 0: every pinned park, however
 * short) and reports those whose stack passes through Aksara, jOOQ, HikariCP or a JDBC driver.
 * Since JDK 24 (JEP 491) {@code synchronized} no longer pins, so any such event is a real regression.
 *
 * <pre>{@code
 * try (PinningRecorder pins = PinningRecorder.start()) {
 *     runTheLoad();
 *     assertThat(pins.stopAndFindOurs()).isEmpty();
 * }
 * }</pre>
 */
final class PinningRecorder implements AutoCloseable {
    static final List<String> OUR_PACKAGES = List.of("io.aksara.", "org.jooq.", "com.zaxxer.hikari.",
            "org.postgresql.", "com.mysql.", "org.mariadb.", "org.h2.");

    private final Recording recording;
    private int pinnedEvents;
    private boolean sawCanary;

    private PinningRecorder(Recording recording) {
        this.recording = recording;
    }

    static PinningRecorder start() {
        Recording r = new Recording();
        r.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
        r.start();
        return new PinningRecorder(r);
    }

    /** Stops recording; returns one line per pinned event with one of our frames (the frames, innermost first). */
    List<String> stopAndFindOurs() {
        recording.stop();
        try {
            Path file = Files.createTempFile("aksara-pinning", ".jfr");
            try {
                recording.dump(file);
                List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                        .filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned"))
                        .toList();
                pinnedEvents = events.size();
                sawCanary = events.stream().anyMatch(e -> e.getStackTrace() != null
                        && e.getStackTrace().getFrames().stream().anyMatch(f -> className(f).contains("PinCanary")));
                return events.stream().filter(PinningRecorder::passesThroughOurCode)
                        .filter(e -> !loadingAClass(e))
                        .map(PinningRecorder::describe).filter(d -> !d.contains("PinCanary")).toList();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pins a virtual thread on purpose, so a test can show the recording works: a class
     * initializer that sleeps still pins its carrier on JDK 25. A fresh hidden class each time, so
     * its initializer runs every time.
     */
    void pinOnPurpose() throws Exception {
        byte[] bytes;
        try (var in = PinCanary.class.getResourceAsStream("PinningRecorder$PinCanary.class")) {
            bytes = in.readAllBytes();
        }
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                MethodHandles.lookup().defineHiddenClass(bytes, true);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        t.join();
    }

    /** Whether the recording caught {@link #pinOnPurpose()}, after {@link #stopAndFindOurs()}. */
    boolean sawCanary() {
        return sawCanary;
    }

    /** Its initializer blocks: the one pinning left on JDK 25 that is easy to cause. */
    static final class PinCanary {
        static {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private PinCanary() {}
    }

    /** How many pinned events there were in all (ours or not), after {@link #stopAndFindOurs()}. */
    int pinnedEvents() {
        return pinnedEvents;
    }

    private static boolean passesThroughOurCode(RecordedEvent e) {
        return e.getStackTrace() != null && e.getStackTrace().getFrames().stream()
                .anyMatch(f -> OUR_PACKAGES.stream().anyMatch(p -> className(f).startsWith(p)));
    }

    /**
     * Whether the pin happened while the JDK loaded a class for the first time: the class loader
     * holds its carrier for that one load. It happens once per class, in whichever test touches the
     * class first, so it says nothing about our code's locking (a class initializer that blocks,
     * as {@link PinCanary}'s, is a different frame and still counts).
     */
    private static boolean loadingAClass(RecordedEvent e) {
        return e.getStackTrace().getFrames().stream().limit(4)
                .anyMatch(f -> className(f).equals("java.lang.ClassLoader") && f.getMethod().getName().equals("loadClass"));
    }

    private static String describe(RecordedEvent e) {
        return e.getDuration().toNanos() + " ns pinned at " + e.getStackTrace().getFrames().stream().limit(12)
                .map(f -> className(f) + "." + f.getMethod().getName()).toList();
    }

    private static String className(RecordedFrame f) {
        return f.getMethod() == null ? "" : f.getMethod().getType().getName();
    }

    @Override
    public void close() {
        recording.close();
    }
}
