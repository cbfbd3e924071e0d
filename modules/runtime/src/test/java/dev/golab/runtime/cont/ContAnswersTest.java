package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashRecorder;
import dev.golab.runtime.GoPanic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03 on the continuation runtime: Gs on raw continuations, Ms on carrier threads, Go's Ps. */
@DisplayName("RT-03 the G-M-P runtime on continuations")
class ContAnswersTest {

    @Test
    @DisplayName("RT-03.01 Q: can two goroutines hand off through gopark/goready, on one P and on two?")
    void parkAndReadyHandTheTurnBackAndForthWithoutLosingAWakeUp() throws Exception {
        for (int procs = 1; procs <= 2; procs++) {
            try (ContRuntime rt = ContRuntime.start(procs)) {
                int rounds = 50_000;
                Turns turns = new Turns(0);
                AtomicLong counter = new AtomicLong();
                AtomicInteger outOfTurn = new AtomicInteger();
                AtomicInteger notSelf = new AtomicInteger();
                CountDownLatch done = new CountDownLatch(2);
                for (int me = 0; me < 2; me++) {
                    int self = me;
                    rt.go(() -> {
                        ContG g = ContRuntime.current();
                        for (int i = 0; i < rounds; i++) {
                            turns.await(self);
                            if (ContRuntime.current() != g) notSelf.incrementAndGet();   // after a move to another M too
                            if (counter.getAndIncrement() % 2 != self) outOfTurn.incrementAndGet();
                            turns.pass(1 - self);
                        }
                        done.countDown();
                    }, "player" + me);
                }
                assertThat(done.await(30, TimeUnit.SECONDS)).as("both players finish").isTrue();
                assertThat(counter.get()).isEqualTo(2L * rounds);
                assertThat(outOfTurn.get()).isZero();
                assertThat(notSelf.get()).isZero();
            }
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: which of three goroutines started by `go` runs first? (the last: it sits in runnext, the others in the ring)")
    void theLastGoroutineStartedRunsFirstFromRunnextThenTheRingInOrder() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            List<String> order = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            rt.go(() -> {
                for (String name : List.of("A", "B", "C")) {
                    rt.go(() -> {
                        order.add(name);                        // one P: the children run one at a time
                        done.countDown();
                    }, name);
                }
            }, "parent");
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("C", "A", "B");
        }
    }

    @Test
    @DisplayName("RT-03.02 Q: where does a goroutine readied by a running goroutine go? (runnext of the waker's P: it runs before older queued work)")
    void aReadiedGoroutineRunsNextAheadOfOlderQueuedGoroutines() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            List<String> order = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            Turns turns = new Turns(0);
            rt.go(() -> {
                rt.go(() -> {                                   // the sleeper parks first
                    turns.await(1);
                    order.add("readied");
                    done.countDown();
                }, "sleeper");
                ContRuntime.gosched();                          // let the sleeper run and park
                rt.go(() -> {
                    order.add("queued");
                    done.countDown();
                }, "queued");                                   // runnext, then kicked to the ring below
                turns.pass(1);                                  // ready(sleeper) → runnext
                order.add("waker");
                done.countDown();
            }, "waker");
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("waker", "readied", "queued");
        }
    }

    @Test
    @DisplayName("RT-03.03 Q: does an idle P steal from a busy one? (yes: half of its queue, and it runs them)")
    void anIdlePStealsTheQueuedGoroutinesOfABusyOne() throws Exception {
        try (ContRuntime rt = ContRuntime.start(2)) {
            int children = 64;
            ConcurrentHashMap<Integer, AtomicInteger> ranOn = new ConcurrentHashMap<>();
            AtomicInteger finished = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            AtomicInteger parentP = new AtomicInteger(-1);
            rt.go(() -> {
                parentP.set(rt.currentP());
                for (int i = 0; i < children; i++) {
                    rt.go(() -> {
                        ranOn.computeIfAbsent(rt.currentP(), k -> new AtomicInteger()).incrementAndGet();
                        finished.incrementAndGet();
                    }, i);
                }
                while (finished.get() < children) Thread.onSpinWait();   // hold this P: only a thief can run them
                done.countDown();
            }, "busy parent");
            assertThat(done.await(20, TimeUnit.SECONDS)).as("all children ran while the parent held its P").isTrue();
            assertThat(ranOn.keySet()).doesNotContain(parentP.get());
            assertThat(rt.stats().steals()).isPositive();
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: does Gosched share one P fairly? (yes: it goes to the global queue tail; at most 2 turns in a row)")
    void goschedAlternatesTwoGoroutinesOnOneP() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            int yields = 2_000;
            StringBuilder log = new StringBuilder();              // one P: appended by one G at a time
            CountDownLatch done = new CountDownLatch(2);
            rt.go(() -> {                                       // both exist before either runs
                for (String name : List.of("a", "b")) {
                    rt.go(() -> {
                        for (int i = 0; i < yields; i++) {
                            log.append(name);
                            ContRuntime.gosched();
                        }
                        done.countDown();
                    }, name);
                }
            }, "parent");
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            String s = log.toString();
            assertThat(s.chars().filter(c -> c == 'a').count()).isEqualTo(yields);
            // while both live, Go's schedtick%61 check can run one of them twice in a row, never three times
            String bothAlive = s.substring(0, Math.min(s.lastIndexOf('a'), s.lastIndexOf('b')));
            assertThat(bothAlive).hasSizeGreaterThan(yields).doesNotContain("aaa").doesNotContain("bbb");
        }
    }

    @Test
    @DisplayName("ERR-03.01 Q: what does a goroutine that panics on the continuation runtime do? (crashes the program like Go: `panic: boom`, goroutine trace)")
    void aGoroutineThatThrowsReachesTheCrashHandlerWithGosReport() throws Exception {
        try (CrashRecorder crashes = new CrashRecorder(); ContRuntime rt = ContRuntime.start(1)) {
            rt.go(() -> {
                throw new GoPanic("boom");
            }, null);
            Crash crash = crashes.next();
            assertThat(crash.headline()).isEqualTo("panic: boom");
            assertThat(crash.report()).containsPattern("\n\ngoroutine \\d+ \\[running\\]:\n");
            CountDownLatch after = new CountDownLatch(1);
            rt.go(after::countDown, null);                      // with a recording handler the M lives on
            assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    @DisplayName("RT-03.07 Q: is a tight loop preempted? (Go: yes after ~10 ms; here NO when the loop starts no goroutine and runs no select default — Java difference: no asynchronous preemption, sysmon only asks)")
    void aCpuBoundGoroutineIsNotPreemptedJavaDifference() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            AtomicInteger stop = new AtomicInteger();
            AtomicInteger otherRan = new AtomicInteger();
            rt.go(() -> {
                while (stop.get() == 0) Thread.onSpinWait();
            }, "spinner");
            rt.go(otherRan::incrementAndGet, "starved");
            await().atMost(Duration.ofSeconds(10)).until(() -> rt.stats().preemptRequests() >= 1);
            assertThat(otherRan.get()).as("Go would have preempted the spinner by now").isZero();
            stop.set(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> otherRan.get() == 1);
        }
    }

    @Test
    @DisplayName("Java difference: inside a ContG, Thread.currentThread() is the carrier M shared by its Gs (and JIT code may keep an old one across a park): use ContRuntime.current()")
    void threadCurrentThreadIsTheCarrierMNotTheGoroutineJavaDifference() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            List<Thread> threads = new ArrayList<>();
            List<ContG> gs = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(2);
            rt.go(() -> {
                for (int i = 0; i < 2; i++) {
                    rt.go(() -> {
                        threads.add(Thread.currentThread());    // one P, no blocking: one M runs both
                        gs.add(ContRuntime.current());
                        done.countDown();
                    }, i);
                }
            }, "parent");
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(threads.get(0)).isSameAs(threads.get(1));
            assertThat(threads.get(0).getName()).startsWith("golab-cont-M");
            assertThat(gs.get(0)).isNotSameAs(gs.get(1));
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: what does ready() of a goroutine that is not waiting do? (Go: fatal error `bad g->status in ready`)")
    void readyingARunningGoroutineIsGosFatalError() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            AtomicInteger fatal = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            rt.go(() -> {
                try {
                    ContRuntime.ready(ContRuntime.current());
                } catch (dev.golab.runtime.GoFatal e) {
                    if (e.getMessage().equals("bad g->status in ready")) fatal.incrementAndGet();
                }
                done.countDown();
            }, null);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(fatal.get()).isEqualTo(1);
        }
    }
}
