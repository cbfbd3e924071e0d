package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03.03 on the real scheduler: a skewed spawn is balanced by stealing. */
class StealingAnswersTest {

    @Test
    @DisplayName("RT-03.03 Q: if one P spawns all the work, do the other Ps get any? (work stealing balances a skewed spawn)")
    void idlePsStealHalfOfTheSpawningPsQueue() throws Exception {
        int procs = 2, tasks = 200;
        try (GoScheduler s = GoScheduler.create(procs)) {
            AtomicIntegerArray ranOn = new AtomicIntegerArray(procs);
            CountDownLatch done = new CountDownLatch(tasks);
            s.go(() -> {                                   // every task lands on the spawner's P
                for (int i = 0; i < tasks; i++) {
                    s.go(() -> {
                        busyFor(300_000);
                        ranOn.incrementAndGet(s.currentP());
                        done.countDown();
                    });
                }
            });
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            SchedStats st = s.stats();
            assertThat(st.steals()).isGreaterThanOrEqualTo(1);
            assertThat(st.stolen()).as("a steal takes half, not one").isGreaterThan(st.steals());
            // balanced: each P ran a real share (not a single random outcome: ≥ 20 % of 200 each)
            for (int p = 0; p < procs; p++) assertThat(ranOn.get(p)).as("P%d ran", p).isGreaterThanOrEqualTo(tasks / 5);
        }
    }

    /** CPU work that neither parks nor yields (a running goroutine, not a blocked one). */
    static long busyFor(long nanos) {
        long end = System.nanoTime() + nanos, x = 0;
        while (System.nanoTime() < end) x += x * 31 + 7;
        return x;
    }
}
