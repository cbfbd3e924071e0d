package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lock2 is runtime.lock2's contended loop. What a test can show: it excludes (no increment lost under
 * contention, no waiter past a holder) and it spins only with more than one CPU. That a waiter reads a
 * taken lock 4 times per 120 pauses instead of after every pause is a cost, shown by JMH
 * (ChanProdConsBenchmark), not here.
 */
@DisplayName("RT-LOCK: runtime.mutex's contended loop (lock2: 4 tries 30 pauses apart, then a yield)")
class Lock2Test {
    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(Lock2Test.class, "word", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int word;
    private long counter;                                         // plain: only the lock orders it

    private int vtFirstPauses = Lock2.ACTIVE_SPIN_CNT;          // the first gap of the virtual threads

    private void lock() {
        if (WORD.compareAndSet(this, 0, 1)) return;
        Lock2.lockSlow(WORD, this, Thread.currentThread().isVirtual() ? vtFirstPauses : Lock2.ACTIVE_SPIN_CNT);
    }

    private void unlock() {
        WORD.setRelease(this, 0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("LK-I1: do four platform and four virtual threads hammering one runtime lock lose an increment? (no: 8 x 200,000 counted)")
    void contendedIncrements_areAllCounted() throws InterruptedException {
        hammer(200_000);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("LK-I1 with two gaps on one lock (the virtual threads' first gap short, as on an unbuffered channel): is an increment lost? (no: 8 x 100,000 counted)")
    void aShortFirstGapBesideGosGap_stillExcludes() throws InterruptedException {
        vtFirstPauses = Lock2.HANDOFF_SPIN_CNT;
        hammer(100_000);
    }

    private void hammer(int perThread) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Runnable body = () -> {
                for (int k = 0; k < perThread; k++) {
                    lock();
                    counter++;
                    unlock();
                }
            };
            ts.add(i % 2 == 0 ? Thread.ofPlatform().start(body) : Thread.ofVirtual().start(body));
        }
        for (Thread t : ts) t.join();
        assertThat(counter).isEqualTo(8L * perThread);
    }

    @Test
    @DisplayName("Go's ncpu rule: does lock2 spin on one CPU? (no: active_spin is 4 only with more than one CPU, and 30 pauses per try)")
    void spinsOnlyWithMoreThanOneCpu() {
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(Lock2.ROUNDS).isEqualTo(cpus > 1 ? 4 : 0);
        assertThat(Lock2.ACTIVE_SPIN).isEqualTo(4);
        assertThat(Lock2.ACTIVE_SPIN_CNT).isEqualTo(30);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("LK-I1 and a Java difference: does a waiter get a lock its holder keeps for 50 ms? (no; it stays runnable, spinning and yielding, where Go's would sleep on a futex; it takes the lock after the unlock)")
    void aWaiterWaitsOutTheHolder() throws InterruptedException {
        lock();
        Thread waiter = Thread.ofPlatform().start(() -> {
            lock();
            unlock();
        });
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        while (System.nanoTime() < until) {
            assertThat(word).isEqualTo(1);
            // Java difference: no futex phase. Go's waiter would sleep by now; this one spins and yields
            assertThat(waiter.getState()).as("never parked or sleeping").isEqualTo(Thread.State.RUNNABLE);
        }
        assertThat(waiter.isAlive()).as("still waiting for the holder").isTrue();
        unlock();
        waiter.join();
        assertThat(word).isZero();
    }
}
