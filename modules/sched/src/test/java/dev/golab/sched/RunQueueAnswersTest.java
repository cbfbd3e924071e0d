package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.LocalRunQueue;
import dev.golab.runtime.proc.SysmonLoop;
import dev.golab.runtime.proc.Next;
import dev.golab.runtime.proc.RunQueuePolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RT-03.A1 / RT-03.03: the P's run queue, one call at a time (single-threaded, so exact). The queues
 * are dev.golab.runtime.proc's, shared by GoScheduler and the simulator.
 */
class RunQueueAnswersTest {

    private static Runnable g(int id) {
        return new Named(id);
    }

    record Named(int id) implements Runnable {
        public void run() {}
    }

    private static int id(Next<Runnable> n) {
        return ((Named) n.g()).id();
    }

    @Test
    @DisplayName("RT-03.A1 Q: what does runnext do with the goroutine it displaces? (it goes to the tail)")
    void runnextTakesTheNewGoroutineAndTheOldOneGoesToTheTail() {
        LocalRunQueue<Runnable> q = new LocalRunQueue<>();
        GlobalRunQueue<Runnable> global = new GlobalRunQueue<>();
        q.put(g(1), false, global);                          // runq: 1
        q.put(g(2), true, global);                           // runnext: 2
        q.put(g(3), true, global);                           // runnext: 3, runq: 1 2
        List<String> got = new ArrayList<>();
        for (Next<Runnable> n; (n = q.get()) != null; ) got.add(id(n) + (n.inheritTime() ? "(inherit)" : ""));
        assertThat(got).containsExactly("3(inherit)", "1", "2");
    }

    @Test
    @DisplayName("RT-03.A1 Q: what happens when the 256-slot ring is full? (128 + the new G = 129 move to the global queue)")
    void overflowMovesHalfPlusTheNewGoroutineToTheGlobalQueue() {
        LocalRunQueue<Runnable> q = new LocalRunQueue<>();
        GlobalRunQueue<Runnable> global = new GlobalRunQueue<>();
        for (int i = 0; i < 256; i++) assertThat(q.put(g(i), false, global)).isFalse();
        assertThat(q.put(g(256), false, global)).isTrue();
        assertThat(global.size()).isEqualTo(129);
        assertThat(q.size()).isEqualTo(128);
        // FIFO kept: the local head is 128, the global queue holds 0..127 then 256
        assertThat(id(q.get())).isEqualTo(128);
        LocalRunQueue<Runnable> other = new LocalRunQueue<>();
        assertThat(((Named) global.get(other, 1, 1)).id()).isEqualTo(0);
    }

    @ParameterizedTest(name = "victim queue {0} → thief takes {1}")
    @CsvSource({"5,3", "4,2", "1,1", "0,0", "256,128"})
    @DisplayName("RT-03.03 Q: how much does a thief take? (n − n/2 of the victim's queue)")
    void aThiefTakesHalfRoundedUp(int victimSize, int taken) {
        LocalRunQueue<Runnable> victim = new LocalRunQueue<>(), thief = new LocalRunQueue<>();
        GlobalRunQueue<Runnable> global = new GlobalRunQueue<>();
        for (int i = 0; i < victimSize; i++) victim.put(g(i), false, global);
        Runnable first = thief.stealFrom(victim, false, false);
        int got = first == null ? 0 : 1 + thief.size();
        assertThat(got).isEqualTo(taken);
        assertThat(victim.size()).isEqualTo(victimSize - taken);
        if (taken > 0) assertThat(((Named) first).id()).as("the thief runs the last grabbed G").isEqualTo(taken - 1);
    }

    @Test
    @DisplayName("RT-03.03 Q: is runnext stolen? (only in the last pass, when the queue itself is empty)")
    void runnextIsStolenOnlyWhenAskedAndTheRingIsEmpty() {
        LocalRunQueue<Runnable> victim = new LocalRunQueue<>(), thief = new LocalRunQueue<>();
        GlobalRunQueue<Runnable> global = new GlobalRunQueue<>();
        victim.put(g(7), true, global);
        assertThat(thief.stealFrom(victim, false, false)).isNull();
        assertThat(((Named) thief.stealFrom(victim, true, true)).id()).isEqualTo(7);
        assertThat(victim.isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "global {0}, GOMAXPROCS {1} → batch {2}")
    @CsvSource({"100,4,26", "1000,4,128", "10,8,2", "1,8,1", "300,1,128"})
    @DisplayName("RT-03.A1 Q: how many goroutines does a P take from the global queue? (min(size, size/GOMAXPROCS + 1, 128))")
    void globalBatchFollowsGosFormula(int size, int procs, int batch) {
        assertThat(RunQueuePolicy.globalBatch(size, procs, 0)).isEqualTo(batch);
        GlobalRunQueue<Runnable> global = new GlobalRunQueue<>();
        for (int i = 0; i < size; i++) global.put(g(i));
        LocalRunQueue<Runnable> local = new LocalRunQueue<>();
        assertThat(((Named) global.get(local, procs, 0)).id()).isEqualTo(0);
        assertThat(local.size()).isEqualTo(batch - 1);
        assertThat(global.size()).isEqualTo(size - batch);
    }

    @Test
    @DisplayName("RT-03.A2 Q: how often does sysmon wake? (20 µs; after 50 idle rounds it doubles up to 10 ms)")
    void sysmonBacksOffFrom20usTo10ms() {
        List<Long> delays = new ArrayList<>();
        long d = SysmonLoop.MIN_DELAY_NS;
        for (int idle = 1; idle <= 62; idle++) {
            d = SysmonLoop.nextDelay(d, idle);
            delays.add(d / 1000);
        }
        assertThat(delays.subList(0, 50)).containsOnly(20L);
        assertThat(delays.subList(50, 62)).containsExactly(40L, 80L, 160L, 320L, 640L, 1280L, 2560L, 5120L, 10000L, 10000L, 10000L, 10000L);
        assertThat(SysmonLoop.nextDelay(10_000_000, 0)).as("a round that acted resets the delay").isEqualTo(20_000);
    }
}
