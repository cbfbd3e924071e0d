package dev.golab.maps;

import dev.golab.sync.RWMutex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Func;
import dev.golab.runtime.GoFatal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CORE-04.06/.07/.A2/.A3: concurrent map misuse is a fatal error (best effort); guarded access is fine. */
class MapConcurrencyAnswersTest {
    private static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    static Stream<Named<IntFunction<GoMap<Integer, Integer>>>> models() {
        return Stream.of(Named.of("maps.Bucket", h -> GoMap.make(h)), Named.of("maps.Swiss", h -> GoMap.swiss(h)));
    }

    /** Runs the bodies on platform threads until one throws GoFatal (or all stop); returns the messages. */
    private static List<String> raceUntilFatal(List<Runnable> loops) throws InterruptedException {
        ConcurrentLinkedQueue<String> fatals = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (Runnable body : loops) {
            Thread t = Thread.ofPlatform().daemon(true).start(() -> {
                try {
                    start.await();
                    while (!stop.get()) body.run();
                } catch (GoFatal f) {
                    fatals.add(f.getMessage());
                    stop.set(true);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                } catch (Throwable other) { // corruption before detection: reported, so the test fails loudly
                    fatals.add("unexpected " + other);
                    stop.set(true);
                }
            });
            threads.add(t);
        }
        start.countDown();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !fatals.isEmpty());
        } finally {
            stop.set(true);
            for (Thread t : threads) t.join(10_000);
        }
        return new ArrayList<>(fatals);
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.06 Q: what happens when two goroutines write a map at once?")
    void concurrentWritesAreDetectedAsFatalConcurrentMapWrites(IntFunction<GoMap<Integer, Integer>> make)
            throws InterruptedException {
        GoMap<Integer, Integer> m = make.apply(0);
        for (int i = 0; i < 1024; i++) m.put(i, 0); // racing puts are then updates: no structural change
        int[] a = {0};
        int[] b = {0};
        List<String> fatals = raceUntilFatal(List.of(
                () -> m.put(a[0]++ & 1023, 1),
                () -> m.put(b[0]++ & 1023, 2)));
        assertThat(fatals).isNotEmpty().allMatch(f -> f.equals("concurrent map writes"));
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.06 Q: what happens when one goroutine reads while another writes?")
    void readDuringWriteIsDetectedAsFatalConcurrentMapReadAndMapWrite(IntFunction<GoMap<Integer, Integer>> make)
            throws InterruptedException {
        GoMap<Integer, Integer> m = make.apply(0);
        for (int i = 0; i < 1024; i++) m.put(i, i);
        int[] w = {0};
        int[] r = {0};
        List<String> fatals = raceUntilFatal(List.of(
                () -> m.put(w[0]++ & 1023, 1),
                () -> m.get(r[0]++ & 1023)));
        assertThat(fatals).isNotEmpty()
                .allMatch(f -> f.equals("concurrent map read and map write") || f.equals("concurrent map writes"));
        assertThat(fatals).contains("concurrent map read and map write");
    }

    @Test
    @DisplayName("CORE-04.A3 Q: can recover() catch the concurrent-map failure?")
    void theFailureIsFatalAndRecoverDoesNotStopIt() {
        BucketMap<Integer, Integer> m = BucketMap.make(0, null);
        m.setFlags(BucketMap.HASH_WRITING); // a write is in progress on another goroutine
        Object[] recovered = {"not run"};
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> recovered[0] = f.recover());
            m.put(1, 1);
        })).isInstanceOf(GoFatal.class).isNotInstanceOf(RuntimeException.class).hasMessage("concurrent map writes");
        // Go's throw kills the process without running deferred calls; the model does not run them either.
        assertThat(recovered[0]).as("deferred calls do not run on a fatal error").isEqualTo("not run");
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.A2 Q: are concurrent reads with no writer reported?")
    void concurrentReadsWithoutAWriterAreSafeAndNotReported(IntFunction<GoMap<Integer, Integer>> make)
            throws InterruptedException {
        GoMap<Integer, Integer> m = make.apply(0);
        for (int i = 0; i < 4096; i++) m.put(i, i);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int round = 0; round < 20 * SCALE; round++) {
                        for (int i = 0; i < 4096; i++) if (m.get(i) != i) throw new AssertionError("bad read " + i);
                        int n = 0;
                        for (var ignored : m) n++;
                        if (n != 4096) throw new AssertionError("range saw " + n);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        for (Thread t : readers) t.join();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.07 Q: does an RWMutex (Lock for writes, RLock for reads) make concurrent use safe?")
    void rwLockGuardedMapShowsNoCorruptionAndNoFatal(IntFunction<GoMap<Integer, Integer>> make)
            throws InterruptedException {
        GoMap<Integer, Integer> m = make.apply(0);
        RWMutex rw = new RWMutex();                                           // sync.RWMutex
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> ts = new ArrayList<>();
        int perWriter = 5_000 * SCALE;
        for (int w = 0; w < 2; w++) {
            int base = w * 1_000_000;
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < perWriter; i++) {
                        rw.lock();
                        try { m.put(base + i, i); } finally { rw.unlock(); }
                    }
                } catch (Throwable e) { errors.add(e); }
            }));
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < perWriter; i++) {
                        rw.rLock();
                        try {
                            Integer v = m.get(base + i / 2);
                            if (v != null && v != i / 2) throw new AssertionError("corrupt value");
                        } finally { rw.rUnlock(); }
                    }
                } catch (Throwable e) { errors.add(e); }
            }));
        }
        for (Thread t : ts) t.join();
        assertThat(errors).isEmpty();
        assertThat(m.len()).isEqualTo(2 * perWriter);
    }
}
