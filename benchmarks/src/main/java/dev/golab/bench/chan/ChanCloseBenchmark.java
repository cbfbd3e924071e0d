package dev.golab.bench.chan;

import com.softwaremill.jox.Channel;
import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.SegmentChannel;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Question: what do make + close of an unbuffered channel cost — Go's BenchmarkChanClose
 * (`c := make(chan int); close(c)`), the price of a one-shot "done" signal?
 * What to expect: an allocation and one lock / one CAS. Hchan allocates a lock and two queue heads;
 * Segment allocates its first segment (32 cells) and three counters up front — the lock-free design
 * pays at creation. The JDK has no close: its baseline allocates a LinkedTransferQueue and puts a
 * poison pill, the usual idiom.
 * The trap: escape analysis can delete a channel nobody sees — the result is returned to JMH.
 * One op = make + close.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanCloseBenchmark -f 1
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanCloseBenchmark {
    static final Object POISON = new Object();

    @Param({"HCHAN", "SEGMENT", "JOX", "JDK_LINKED_TRANSFER_QUEUE"})
    public ChanVariant variant;

    @Benchmark
    public Object makeAndClose() {
        switch (variant) {
            case HCHAN -> {
                Chan<Integer> c = new HchanChannel<>(0);
                c.close();
                return c;
            }
            case SEGMENT -> {
                Chan<Integer> c = new SegmentChannel<>(0);
                c.close();
                return c;
            }
            case JOX -> {
                Channel<Integer> c = Channel.newRendezvousChannel();
                c.done();
                return c;
            }
            default -> {
                LinkedTransferQueue<Object> q = new LinkedTransferQueue<>();
                q.put(POISON);
                return q;
            }
        }
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
