package dev.golab.chan;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Executable answers for the channel patterns: CSP ownership (CONC-01), pipelines and pools
 * (CONC-05), goroutine leaks (CONC-09) and io.Pipe as a rendezvous (IFACE-05.06). Cancellation uses
 * a closed `done` channel — exactly what ctx.Done() returns (Context itself: modules/xsync).
 */
@ExtendWith(RecordCrashes.class)
class CspAnswersTest {

    @Test
    @DisplayName("CONC-01.01 / 01.02 Q: can one goroutine own a counter served over channels? yes: N increments from M goroutines, query (a reply chan) returns exactly N")
    void ownerGoroutineServesIncrementsAndQueries() {
        Chan<Integer> increment = Chan.make();
        Chan<Chan<Integer>> query = Chan.make();
        Chan<Void> done = Chan.make();
        Go.go(() -> {
            int[] count = {0};                                        // owned by this goroutine alone
            while (true) {
                int i = Select.select(
                        Select.recv(increment, d -> count[0] += d),
                        Select.recv(query, reply -> reply.send(count[0])),
                        Select.recv(done));
                if (i == 2) return;
            }
        });
        int m = 8;
        int perG = 1000;
        List<Goroutine> gs = new ArrayList<>();
        for (int g = 0; g < m; g++) gs.add(Go.go(() -> {
            for (int k = 0; k < perG; k++) increment.send(1);
        }));
        gs.forEach(GoAwait::done);
        Chan<Integer> reply = Chan.make();
        query.send(reply);
        assertThat(reply.recv()).isEqualTo(m * perG);
        done.close();
    }

    @Test
    @DisplayName("CONC-01.04 Q: and the mutex-protected counter? also exactly N — both styles are correct (sync.Mutex: branch sync; a JDK lock here)")
    void mutexCounterIsAlsoExact() {
        ReentrantLock mu = new ReentrantLock();
        int[] counter = {0};
        List<Goroutine> gs = new ArrayList<>();
        for (int g = 0; g < 8; g++) gs.add(Go.go(() -> {
            for (int k = 0; k < 1000; k++) {
                mu.lock();
                counter[0]++;
                mu.unlock();
            }
        }));
        gs.forEach(GoAwait::done);
        assertThat(counter[0]).isEqualTo(8000);
    }

    static Chan<Integer> generate(int... xs) {
        Chan<Integer> out = Chan.make();
        Go.go(() -> {
            for (int x : xs) out.send(x);
            out.close();
        });
        return out;
    }

    static Chan<Integer> square(Chan<Integer> in) {
        Chan<Integer> out = Chan.make();
        Go.go(() -> {
            for (int v : in) out.send(v * v);
            out.close();
        });
        return out;
    }

    @Test
    @DisplayName("CONC-05.01 Q: square(generate(2,3,4))? 4, 9, 16 in order, then the range ends because each stage closes its output")
    void pipelineYieldsInOrderThenEnds() {
        List<Integer> got = new ArrayList<>();
        for (int v : square(generate(2, 3, 4))) got.add(v);
        assertThat(got).containsExactly(4, 9, 16);
    }

    @Test
    @DisplayName("CONC-05.02 / 05.03 Q: fan-out then fan-in (merge)? every value reaches exactly one worker; merged is the multiset union, closed after all inputs")
    void fanOutFanInDeliversEachValueOnce() {
        int n = 2000;
        int[] in = new int[n];
        Arrays.setAll(in, i -> i);
        Chan<Integer> src = generate(in);
        List<Chan<Integer>> outs = new ArrayList<>();
        for (int w = 0; w < 5; w++) outs.add(square(src));            // fan-out: 5 workers share src
        Chan<Integer> merged = Chan.make();
        AtomicInteger open = new AtomicInteger(outs.size());
        for (Chan<Integer> o : outs) Go.go(() -> {                     // fan-in
            for (int v : o) merged.send(v);
            if (open.decrementAndGet() == 0) merged.close();
        });
        ConcurrentHashMap<Integer, Integer> seen = new ConcurrentHashMap<>();
        for (int v : merged) seen.merge(v, 1, Integer::sum);
        assertThat(seen).hasSize(n);
        assertThat(seen.values()).containsOnly(1);
        for (int i = 0; i < n; i++) assertThat(seen).containsKey(i * i);
    }

    @Test
    @DisplayName("CONC-05.04 Q: a worker pool of N? each job exactly once, at most N at a time, results closed after all workers return")
    void workerPoolRunsEachJobOnceWithBoundedParallelism() {
        int workers = 3;
        Chan<Integer> jobs = Chan.make(100);
        Chan<Integer> results = Chan.make(100);
        AtomicInteger active = new AtomicInteger();
        AtomicInteger maxActive = new AtomicInteger();
        AtomicInteger left = new AtomicInteger(workers);
        for (int w = 0; w < workers; w++) Go.go(() -> {
            for (int j : jobs) {
                maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                Go.gosched();
                active.decrementAndGet();
                results.send(j);
            }
            if (left.decrementAndGet() == 0) results.close();
        });
        for (int j = 0; j < 100; j++) jobs.send(j);
        jobs.close();
        List<Integer> got = new ArrayList<>();
        for (int r : results) got.add(r);
        assertThat(got).hasSize(100).doesNotHaveDuplicates();
        assertThat(maxActive.get()).isBetween(1, workers);
    }

    @Test
    @DisplayName("CONC-05.05 Q: cancelling while nobody reads results? every worker returns (select on <-done beside the send)")
    void cancellationReleasesWorkersBlockedOnSend() {
        Chan<Integer> results = Chan.make();                          // nobody reads it
        Chan<Void> done = Chan.make();                                // ctx.Done()
        List<Goroutine> ws = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int id = w;
            ws.add(Go.go(() -> Select.select(Select.send(results, id), Select.recv(done))));
        }
        GoAwait.blocked(ws, WaitReason.SELECT);
        done.close();                                                 // cancel()
        ws.forEach(GoAwait::done);
    }

    @Test
    @DisplayName("CONC-09.01 / 09.02 Q: a sender whose receiver already returned? blocks forever (count +1); with make(chan, 1) it exits")
    void unbufferedResultLeaksBufferedDoesNot() {
        int before = Go.numGoroutine();
        Chan<Integer> unbuffered = Chan.make();
        Goroutine leak = Go.go(() -> unbuffered.send(42));            // the caller timed out and left
        GoAwait.blocked(leak, WaitReason.CHAN_SEND);
        assertThat(Go.numGoroutine()).isEqualTo(before + 1);
        Chan<Integer> buffered = Chan.make(1);
        Goroutine fixed = Go.go(() -> buffered.send(42));
        GoAwait.done(fixed);
        assertThat(Go.numGoroutine()).isEqualTo(before + 1);          // only the leak remains
        leak.interrupt();                                    // clean up the demonstration
        GoAwait.done(leak);
    }

    @Test
    @DisplayName("CONC-09.03 Q: for job := range jobs without close(jobs)? the worker never exits; with close it does")
    void rangeWorkerExitsOnlyAfterClose() {
        Chan<Integer> jobs = Chan.make();
        Goroutine worker = Go.go(() -> {
            for (int j : jobs) {
                // work
            }
        });
        jobs.send(1);
        GoAwait.blocked(worker, WaitReason.CHAN_RECEIVE);         // still ranging: leaked without close
        jobs.close();
        GoAwait.done(worker);
    }

    @Test
    @DisplayName("CONC-09.04 Q: a loop that never checks cancellation? runs forever; with select { case <-done: return; default: } it exits at the next check")
    void loopCheckingDoneExits() {
        Chan<Void> done = Chan.make();
        AtomicInteger iterations = new AtomicInteger();
        AtomicBoolean returned = new AtomicBoolean();
        Goroutine g = Go.go(() -> {
            while (true) {
                if (Select.select(Select.recv(done), Select.otherwise(() -> {})) == 0) {
                    returned.set(true);
                    return;
                }
                iterations.incrementAndGet();
                Go.gosched();
            }
        });
        GoAwait.until(() -> iterations.get() > 10);
        done.close();
        GoAwait.done(g);
        assertThat(returned).isTrue();
    }

    @Test
    @DisplayName("CONC-09.06 Q: the NumGoroutine gauge? grows by one per call of a leaking function, stays flat after the fix")
    void numGoroutineGrowsWithLeaksAndStaysFlatWhenFixed() {
        int before = Go.numGoroutine();
        List<Goroutine> leaks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Chan<Integer> c = Chan.make();
            leaks.add(Go.go(() -> c.send(1)));
        }
        GoAwait.blocked(leaks, WaitReason.CHAN_SEND);
        assertThat(Go.numGoroutine() - before).isEqualTo(5);
        List<Goroutine> fixed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Chan<Integer> c = Chan.make(1);
            fixed.add(Go.go(() -> c.send(1)));
        }
        fixed.forEach(GoAwait::done);
        assertThat(Go.numGoroutine() - before).isEqualTo(5);
        leaks.forEach(g -> g.interrupt());
        leaks.forEach(GoAwait::done);
    }

    /** io.Pipe as Go writes it (io/pipe.go): wrCh carries the writer's slice, rdCh the bytes consumed. */
    static final class Pipe {
        final Chan<byte[]> wrCh = Chan.make();
        final Chan<Integer> rdCh = Chan.make();

        int write(byte[] b) {
            int n = 0;
            while (b.length > 0) {
                wrCh.send(b);
                int nw = rdCh.recv();
                b = Arrays.copyOfRange(b, nw, b.length);
                n += nw;
            }
            return n;
        }

        int read(byte[] p) {
            byte[] bw = wrCh.recv();
            int nr = Math.min(p.length, bw.length);
            System.arraycopy(bw, 0, p, 0, nr);
            rdCh.send(nr);
            return nr;
        }
    }

    @Test
    @DisplayName("IFACE-05.06 Q: is io.Pipe buffered? no: Write blocks until reads have consumed all its data — a rendezvous built on unbuffered channels")
    void pipeWriteReturnsOnlyAfterAllDataIsRead() {
        Pipe p = new Pipe();
        AtomicBoolean writeReturned = new AtomicBoolean();
        Goroutine w = Go.go(() -> {
            p.write("hello, pipe".getBytes());
            writeReturned.set(true);
        });
        byte[] buf = new byte[4];
        StringBuilder got = new StringBuilder();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = p.read(buf);
            sizes.add(n);
            got.append(new String(buf, 0, n));
        }
        GoAwait.blocked(w, WaitReason.CHAN_SEND);
        assertThat(writeReturned).isFalse();                          // 3 bytes still unread
        int n = p.read(buf);
        sizes.add(n);
        got.append(new String(buf, 0, n));
        GoAwait.done(w);
        assertThat(writeReturned).isTrue();
        assertThat(sizes).containsExactly(4, 4, 3);
        assertThat(got.toString()).isEqualTo("hello, pipe");
    }
}
