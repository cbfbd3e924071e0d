package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Goroutines on virtual threads: the registry that later modules (leak and deadlock checks) read. */
@DisplayName("Goroutines: go, NumGoroutine, GOMAXPROCS, states")
class GoroutineAnswersTest {

    @Test
    @DisplayName("Q: what does runtime.NumGoroutine count? (every goroutine from `go` until its body and defers end)")
    void numGoroutineCountsLiveGoroutines() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(10);
        Goroutine[] gs = new Goroutine[10];
        for (int i = 0; i < 10; i++) {
            gs[i] = Go.go(() -> {
                started.countDown();
                awaitQuietly(release);
            });
        }
        assertThat(Goroutine.live()).contains(gs);                             // counted from `go`, not from start
        assertThat(Go.numGoroutine()).isGreaterThanOrEqualTo(10);              // (other tests' goroutines may come and go)
        started.await();
        assertThat(Goroutine.live()).contains(gs);
        release.countDown();
        await().until(() -> Goroutine.live().stream().noneMatch(g -> java.util.List.of(gs).contains(g)));
    }

    @Test
    @DisplayName("Q: what does a goroutine dump show for a blocked goroutine? (`goroutine N [sleep]:` — its wait reason)")
    void blockedGoroutineShowsItsWaitReason() throws Exception {
        VirtualClock clock = new VirtualClock();
        AtomicReference<Goroutine> g = new AtomicReference<>();
        Clock.runWith(clock, () -> g.set(Go.go(() -> Clock.current().sleep(Duration.ofHours(1)))));
        await().until(() -> g.get().waitReason() == WaitReason.SLEEP);
        assertThat(g.get().state()).isEqualTo(Goroutine.State.WAITING);
        assertThat(g.get().toString()).isEqualTo("goroutine " + g.get().id() + " [sleep]:");
        clock.advance(Duration.ofHours(1));
        await().until(() -> !Goroutine.live().contains(g.get()));
    }

    @Test
    @DisplayName("Q: does a goroutine inherit the clock of the goroutine that started it? (yes: a bubble's fake time spreads)")
    void childrenInheritTheClock() throws Exception {
        VirtualClock clock = new VirtualClock();
        AtomicReference<Clock> seenByGrandchild = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Clock.runWith(clock, () -> Go.go(() -> Go.go(() -> {
            seenByGrandchild.set(Clock.current());
            done.countDown();
        })));
        done.await();
        assertThat(seenByGrandchild.get()).isSameAs(clock);
    }

    @Test
    @DisplayName("Q: what does runtime.GOMAXPROCS(n) return? (the previous value; 0 only reads it)")
    void gomaxprocsReturnsPreviousValue() {
        int original = Go.gomaxprocs();
        try {
            assertThat(Go.gomaxprocs(0)).isEqualTo(original);
            assertThat(Go.gomaxprocs(3)).isEqualTo(original);
            assertThat(Go.gomaxprocs()).isEqualTo(3);
        } finally {
            Go.gomaxprocs(original);
        }
    }

    @Test
    @DisplayName("Q: what happens on `go f()` with a nil f? (fatal error: go of nil func value)")
    void goOfNilFuncIsFatal() {
        assertThatThrownBy(() -> Go.go(null)).isInstanceOf(GoFatal.class).hasMessage("go of nil func value");
    }

    @Test
    @DisplayName("Differs from Go: the JUnit/main thread is not a goroutine — not in the registry, not counted")
    void foreignThreadsAreNotGoroutines() throws InterruptedException {
        assertThat(Goroutine.current()).isNull();
        AtomicReference<Goroutine> inside = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Goroutine g = Go.go(() -> {
            inside.set(Goroutine.current());
            done.countDown();
        });
        done.await();
        assertThat(inside.get()).isSameAs(g);
        if (Go.runtime() == Backend.Kind.VT) assertThat(g.thread().isVirtual()).isTrue();
        else assertThat(g.thread()).as("on CONT a goroutine has no thread of its own: it runs on an M").isNull();
    }

    @Test
    @DisplayName("Q: does runtime.Gosched let another goroutine run? (yes: yields the processor; on a virtual thread, the carrier)")
    void goschedYieldsToAnotherGoroutine() throws InterruptedException {
        CountDownLatch other = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Go.go(() -> {
            Go.go(other::countDown);
            while (other.getCount() > 0) Go.gosched();                          // spins politely until the peer ran
            done.countDown();
        });
        done.await();
        assertThat(other.getCount()).isZero();
    }

    private static void awaitQuietly(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
