package dev.golab.bench.sync;

import dev.golab.sync.Mutex;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
 * Question (CONC-06, CONC-10.06): what does Go's sync.Mutex cost, and how does the lab's Go-algorithm
 * Mutex compare with Java's own locks? Go (oracle go-bench.json, same 2-vCPU box):
 * BenchmarkMutexUncontended 5.0 ns/op, BenchmarkMutexContended2 5.6 ns/op.
 *
 * Expect: uncontended = one CAS to lock + one atomic add to unlock, the same two instructions Go
 * executes, so the lab Mutex should land near Go (target <= 2x = 10 ns). ReentrantLock does the same
 * CAS pair plus owner bookkeeping; synchronized is a lightweight (stack) lock when uncontended.
 * Contended with 2 threads the cost is cache-line ping-pong; Go's 2-goroutine number is wall time
 * divided by ALL operations, so compare Go with avgt / 2 (JMH reports time per op per thread).
 * The atomic variant (CONC-10.06) shows why a contended single-word counter wants atomics.
 *
 * The trap: synchronized on an empty block can be coarsened or elided by C2 when JMH inlines the
 * loop; ReentrantLock and the lab Mutex cannot. And JMH threads are platform threads, not
 * goroutines; add `-jvmArgsAppend -Djmh.executor=VIRTUAL` to run the workers as virtual threads
 * (goroutine-like: a park unmounts instead of sleeping in the OS).
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar MutexBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MutexBenchmark {

    /** One critical section: lock; counter++; unlock — per variant. */
    public interface Section {
        void lockUnlock();

        void increment();
    }

    public enum Variant {
        GO_MUTEX {
            @Override
            Section create() {
                Mutex m = new Mutex();
                long[] c = {0};
                return new Section() {
                    public void lockUnlock() {
                        m.lock();
                        m.unlock();
                    }

                    public void increment() {
                        m.lock();
                        c[0]++;
                        m.unlock();
                    }
                };
            }
        },
        REENTRANT_LOCK {
            @Override
            Section create() {
                ReentrantLock l = new ReentrantLock();
                long[] c = {0};
                return new Section() {
                    public void lockUnlock() {
                        l.lock();
                        l.unlock();
                    }

                    public void increment() {
                        l.lock();
                        try {
                            c[0]++;
                        } finally {
                            l.unlock();
                        }
                    }
                };
            }
        },
        SYNCHRONIZED {
            @Override
            Section create() {
                Object o = new Object();
                long[] c = {0};
                return new Section() {
                    public void lockUnlock() {
                        synchronized (o) {
                            c[0] += 0;                // keep the block non-empty
                        }
                    }

                    public void increment() {
                        synchronized (o) {
                            c[0]++;
                        }
                    }
                };
            }
        },
        ATOMIC {
            @Override
            Section create() {
                AtomicLong c = new AtomicLong();
                return new Section() {
                    public void lockUnlock() {
                        c.getAndIncrement();          // one atomic RMW instead of a lock pair
                    }

                    public void increment() {
                        c.getAndIncrement();          // atomic.AddInt64(&c, 1)
                    }
                };
            }
        };

        abstract Section create();
    }

    @Param
    public Variant variant;

    private Section section;

    @Setup
    public void setup() {
        section = variant.create();
    }

    /** Go: BenchmarkMutexUncontended — one Lock+Unlock, one goroutine. */
    @Benchmark
    public void uncontended() {
        section.lockUnlock();
    }

    /** Go: BenchmarkMutexContended2 — Lock; counter++; Unlock from 2 goroutines (Go ns/op ~ avgt / 2). */
    @Benchmark
    @Threads(2)
    public void contended2() {
        section.increment();
    }

    @Benchmark
    public void baseline() {
    }
}
