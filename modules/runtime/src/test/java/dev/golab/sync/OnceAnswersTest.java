package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-06 sync.Once, OnceFunc, OnceValue")
class OnceAnswersTest {

    @Test
    @DisplayName("CONC-06.04 Q: does once.Do(f) run f exactly once under contention, and do callers wait for f?")
    void fRunsOnceAndEveryCallerReturnsOnlyAfterFHasFinished() {
        int callers = 16;
        Once once = new Once();
        AtomicInteger calls = new AtomicInteger();
        int[] config = {0};                                    // plain: published by the Once
        List<Integer> seenByCallers = new CopyOnWriteArrayList<>();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < callers; i++) {
            wg.go(() -> {
                once.run(() -> {
                    calls.incrementAndGet();
                    // f finishes only once every other caller is parked on the Once's mutex
                    await().until(() -> blockedOnMutex() >= callers - 1);
                    config[0] = 42;
                });
                seenByCallers.add(config[0]);
            });
        }
        wg.await();
        assertThat(calls).hasValue(1);
        assertThat(seenByCallers).hasSize(callers).containsOnly(42);
    }

    private static long blockedOnMutex() {
        return Goroutine.live().stream().filter(g -> g.waitReason() == WaitReason.SYNC_MUTEX_LOCK).count();
    }

    @Test
    @DisplayName("CONC-06.A6 Q: if f panics inside once.Do, is the Once done? is f called again?")
    void aPanickingFStillCompletesTheOnceAndIsNeverCalledAgain() {
        Once once = new Once();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> once.run(() -> {
            calls.incrementAndGet();
            throw new GoPanic("init failed");
        })).hasMessage("init failed");
        assertThat(once.isDone()).isTrue();
        once.run(calls::incrementAndGet);                      // no panic, no call
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("CONC-06.A7 Q: what do Go 1.21's OnceValue / OnceFunc do when f panicked?")
    void onceValueAndOnceFuncRepanicWithTheSameValueOnEveryCall() {
        AtomicInteger calls = new AtomicInteger();
        Object boom = new Object();
        Supplier<String> v = Once.onceValue(() -> {
            calls.incrementAndGet();
            throw new GoPanic(boom);
        });
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(v::get).isInstanceOf(GoPanic.class)
                    .satisfies(t -> assertThat(((GoPanic) t).value()).isSameAs(boom));
        }
        Runnable fn = Once.onceFunc(() -> {
            calls.incrementAndGet();
            throw new GoPanic("bad");
        });
        assertThatThrownBy(fn::run).hasMessage("bad");
        assertThatThrownBy(fn::run).hasMessage("bad");        // unlike Once.Do, which goes quiet
        assertThat(calls).hasValue(2);
    }

    @Test
    @DisplayName("CONC-06.A7 Q: does OnceValue compute its value once and return it to every caller?")
    void onceValueCachesTheResult() {
        AtomicInteger calls = new AtomicInteger();
        Once once = new Once();
        assertThat(once.value(() -> "v" + calls.incrementAndGet())).isEqualTo("v1");
        assertThat(once.value(() -> "v" + calls.incrementAndGet())).isEqualTo("v1");
        assertThat(calls).hasValue(1);
    }
}
