package dev.golab.bench.chan;

import com.softwaremill.jox.Channel;
import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.Select;
import dev.golab.chan.SegmentChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/*
 * Question: what does a select over two ready channels cost when nobody else touches them — the
 * oracle's Select2ReadyBufferedRefill (53.4 ns: select + refill send) and Select2ReadyClosed
 * (38.3 ns), Go's BenchmarkSelectUncontended family?
 * What to expect: no parking at all — the cost is selectgo's bookkeeping: a random poll order, a
 * lock order, locking both channels (Hchan) or one counter-snapshot try per case (Segment), and the
 * case body. jox registers clauses in cells (no random order: it is biased); the JDK has no select,
 * so its baseline polls two ArrayBlockingQueues in a random order.
 * The trap: allocation per select (case objects, lambdas) — Go's select allocates nothing.
 * One op = one select (+ the refill send for the refill benchmark).
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar SelectUncontendedBenchmark -f 1
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SelectUncontendedBenchmark {

    @State(Scope.Thread)
    public static class Refill {
        @Param({"HCHAN", "SEGMENT", "JOX", "JDK_ARRAY_BLOCKING_QUEUE"})
        public ChanVariant variant;

        Chan<Integer> c1;
        Chan<Integer> c2;
        Channel<Integer> j1;
        Channel<Integer> j2;
        ArrayBlockingQueue<Integer> q1;
        ArrayBlockingQueue<Integer> q2;

        @Setup
        public void setup() throws InterruptedException {
            switch (variant) {
                case HCHAN -> {
                    c1 = new HchanChannel<>(1);
                    c2 = new HchanChannel<>(1);
                }
                case SEGMENT -> {
                    c1 = new SegmentChannel<>(1);
                    c2 = new SegmentChannel<>(1);
                }
                case JOX -> {
                    j1 = Channel.newBufferedChannel(1);
                    j2 = Channel.newBufferedChannel(1);
                    j1.send(1);
                    j2.send(2);
                }
                default -> {
                    q1 = new ArrayBlockingQueue<>(1);
                    q2 = new ArrayBlockingQueue<>(1);
                    q1.add(1);
                    q2.add(2);
                }
            }
            if (c1 != null) {
                c1.send(1);
                c2.send(2);
            }
        }
    }

    @State(Scope.Thread)
    public static class Closed {
        @Param({"HCHAN", "SEGMENT"})
        public ChanVariant variant;

        Chan<Integer> c1;
        Chan<Integer> c2;
        int n1;

        @Setup
        public void setup() {
            c1 = variant == ChanVariant.HCHAN ? new HchanChannel<>(0) : new SegmentChannel<>(0);
            c2 = variant == ChanVariant.HCHAN ? new HchanChannel<>(0) : new SegmentChannel<>(0);
            c1.close();
            c2.close();
        }
    }

    @Benchmark
    public int twoReadyBufferedRefill(Refill s) throws InterruptedException {
        switch (s.variant) {
            case JOX -> {
                int which = com.softwaremill.jox.Select.select(s.j1.receiveClause(v -> 1), s.j2.receiveClause(v -> 2));
                (which == 1 ? s.j1 : s.j2).send(which);
                return which;
            }
            case JDK_ARRAY_BLOCKING_QUEUE -> {
                boolean firstQ1 = ThreadLocalRandom.current().nextBoolean();
                ArrayBlockingQueue<Integer> a = firstQ1 ? s.q1 : s.q2;
                ArrayBlockingQueue<Integer> b = firstQ1 ? s.q2 : s.q1;
                Integer v = a.poll();
                ArrayBlockingQueue<Integer> won = a;
                if (v == null) {
                    v = b.poll();
                    won = b;
                }
                won.put(v);
                return v;
            }
            default -> {
                Chan<Integer> c1 = s.c1;
                Chan<Integer> c2 = s.c2;
                return Select.select(Select.recv(c1, c1::send), Select.recv(c2, c2::send));
            }
        }
    }

    @Benchmark
    public int twoReadyClosed(Closed s) {
        return Select.select(Select.recv(s.c1, v -> s.n1++), Select.recv(s.c2));
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
