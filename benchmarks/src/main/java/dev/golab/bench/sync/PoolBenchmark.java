package dev.golab.bench.sync;

import dev.golab.sync.Pool;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/*
 * Question (RT-08.08, RT-08.A2, RT-01.11): does reusing buffers through sync.Pool lower allocation on a hot
 * path, and what does it cost per Get+Put? Run with -prof gc and read gc.alloc.rate.norm (B/op).
 *
 * Expect: NEW_ALLOCATION allocates the 1 KiB buffer every op (~1040 B/op) but TLAB bump allocation
 * is cheap on the JVM; GO_POOL allocates ~0 B/op; CLQ_POOL (a ConcurrentLinkedQueue free list, the
 * usual Java hand-rolled pool) allocates a queue node per offer. GO_POOL_SLICE_VALUE models Go's
 * SA6002 trap: Put(buf[:0]) boxes a slice header into an interface on every Put (24 B/op in Go); here
 * a small header object is allocated per Put, and GO_POOL stores the pointer (*[]byte), which does not.
 *
 * The trap: the JVM's allocator and young GC make NEW_ALLOCATION far cheaper than in Go; a pool pays
 * off in Java mainly for large or expensive objects. The lab Pool's "current P" is thread id mod
 * GOMAXPROCS, so two JMH threads may share a P (Go pins a goroutine to its own P).
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar PoolBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s -prof gc
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PoolBenchmark {
    static final int SIZE = 1024;

    /** Go's []byte value: a header (pointer, len, cap) that must be boxed to go into an interface. */
    record SliceHeader(byte[] array, int len, int cap) {}

    public interface BufferSource {
        /** Get a buffer, write into it, give it back; returns a byte so nothing is dead code. */
        byte use(int i);
    }

    public enum Variant {
        NEW_ALLOCATION {
            @Override
            BufferSource create() {
                return i -> {
                    byte[] b = new byte[SIZE];
                    b[i & (SIZE - 1)] = (byte) i;
                    return b[(i * 7) & (SIZE - 1)];
                };
            }
        },
        GO_POOL {
            @Override
            BufferSource create() {
                Pool<byte[]> p = new Pool<>(() -> new byte[SIZE]);       // stores *[]byte: no boxing
                return i -> {
                    byte[] b = p.get();
                    b[i & (SIZE - 1)] = (byte) i;
                    byte r = b[(i * 7) & (SIZE - 1)];
                    p.put(b);
                    return r;
                };
            }
        },
        GO_POOL_SLICE_VALUE {
            @Override
            BufferSource create() {
                Pool<SliceHeader> p = new Pool<>(() -> new SliceHeader(new byte[SIZE], 0, SIZE));
                return i -> {
                    SliceHeader s = p.get();
                    s.array()[i & (SIZE - 1)] = (byte) i;
                    byte r = s.array()[(i * 7) & (SIZE - 1)];
                    p.put(new SliceHeader(s.array(), 0, s.cap()));        // Put(buf[:0]): a new header
                    return r;
                };
            }
        },
        CLQ_POOL {
            @Override
            BufferSource create() {
                ConcurrentLinkedQueue<byte[]> q = new ConcurrentLinkedQueue<>();
                return i -> {
                    byte[] b = q.poll();
                    if (b == null) b = new byte[SIZE];
                    b[i & (SIZE - 1)] = (byte) i;
                    byte r = b[(i * 7) & (SIZE - 1)];
                    q.offer(b);
                    return r;
                };
            }
        };

        abstract BufferSource create();
    }

    @Param
    public Variant variant;

    private BufferSource source;
    private int i;

    @Setup
    public void setup() {
        source = variant.create();
    }

    @Benchmark
    public byte getPut() {
        return source.use(i++);
    }

    @Benchmark
    @Threads(2)
    public byte getPut2() {
        return source.use(i++);
    }

    @Benchmark
    public void baseline() {
    }
}
