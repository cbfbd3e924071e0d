package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-06 sync.Cond")
class CondAnswersTest {

    @Test
    @DisplayName("CONC-06.05 Q: how do Wait and Signal wait for a condition (a queue's consumer)?")
    void waitInALoopUntilTheConditionHoldsSignalWakesOneConsumer() {
        Mutex mu = new Mutex();
        Cond notEmpty = new Cond(mu);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        List<Integer> consumed = new CopyOnWriteArrayList<>();
        WaitGroup wg = new WaitGroup();
        for (int c = 0; c < 2; c++) {
            wg.go(() -> {
                for (int i = 0; i < 50; i++) {
                    mu.lock();
                    while (queue.isEmpty()) notEmpty.await();     // re-check: Wait may return early
                    consumed.add(queue.poll());
                    mu.unlock();
                }
            });
        }
        for (int i = 0; i < 100; i++) {
            mu.lock();
            queue.add(i);
            mu.unlock();
            notEmpty.signal();
        }
        wg.await();
        assertThat(consumed).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("CONC-06.05 Q: what does Broadcast do?")
    void broadcastWakesEveryWaiter() {
        Mutex mu = new Mutex();
        Cond cond = new Cond(mu);
        boolean[] ready = {false};
        AtomicInteger woke = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            Go.go(() -> {
                mu.lock();
                while (!ready[0]) cond.await();
                woke.incrementAndGet();
                mu.unlock();
            });
        }
        await().until(() -> cond.waiting() == 5);
        assertThat(Goroutine.live().stream().filter(g -> g.waitingOn() == cond))
                .allMatch(g -> g.waitReason() == WaitReason.SYNC_COND_WAIT).hasSize(5);
        mu.lock();
        ready[0] = true;
        mu.unlock();
        cond.broadcast();
        await().until(() -> woke.get() == 5);
    }

    @Test
    @DisplayName("CONC-06.05 Q: which waiter does Signal wake? (notifyList tickets)")
    void signalWakesWaitersInTheOrderTheyCalledWait() {
        Mutex mu = new Mutex();
        Cond cond = new Cond(mu);
        List<Integer> order = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            int id = i;
            Go.go(() -> {
                mu.lock();
                cond.await();
                order.add(id);
                mu.unlock();
            });
            await().until(() -> cond.waiting() == id + 1);       // ticket id taken before the next starts
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cond.signal();
            expected.add(i);
            await().until(() -> order.size() == expected.size());
        }
        assertThat(order).isEqualTo(expected);
    }

    @Test
    @DisplayName("CONC-06.05 Q: is a Signal with no waiter remembered (like a semaphore)?")
    void aSignalWithNoWaiterIsLost() {
        Mutex mu = new Mutex();
        Cond cond = new Cond(mu);
        cond.signal();                                            // nobody waits: nothing happens
        AtomicBoolean returned = new AtomicBoolean();
        Goroutine g = Go.go(() -> {
            mu.lock();
            cond.await();
            returned.set(true);
            mu.unlock();
        });
        await().until(() -> g.waitReason() == WaitReason.SYNC_COND_WAIT);
        assertThat(returned).isFalse();                           // the early Signal did not count
        cond.signal();
        await().untilTrue(returned);
    }
}
