package dev.golab.chan;

/*
 * Go behaviour:    none; a JVM concern. The segment model's counters (senders, receivers, bufferEnd,
 *                  and the two halves of len) are written by different threads: on one cache line
 *                  they would ping-pong between cores on every operation (false sharing).
 * Model:           a long behind a VarHandle, with 7 longs of padding on each side via the class
 *                  hierarchy (JCTools' technique: the JVM lays out superclass fields first, so
 *                  padding survives field reordering).
 * Invariants:      PC-I1 get/compareAndSet/getAndAdd have volatile semantics.
 * See:             SegmentChannel, ChanProdConsBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.LongUnaryOperator;

abstract class PaddedCounterPre {
    long p01, p02, p03, p04, p05, p06, p07;
}

abstract class PaddedCounterValue extends PaddedCounterPre {
    volatile long value;
}

final class PaddedCounter extends PaddedCounterValue {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(PaddedCounterValue.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    long p11, p12, p13, p14, p15, p16, p17;

    PaddedCounter(long initial) {
        value = initial;
    }

    long get() {
        return value;
    }

    long getAndIncrement() {
        return (long) VALUE.getAndAdd(this, 1L);
    }

    long incrementAndGet() {
        return (long) VALUE.getAndAdd(this, 1L) + 1;
    }

    boolean compareAndSet(long expect, long update) {
        return VALUE.compareAndSet(this, expect, update);
    }

    long getAndUpdate(LongUnaryOperator f) {
        for (long v; ; ) {
            v = value;
            if (VALUE.compareAndSet(this, v, f.applyAsLong(v))) return v;
        }
    }
}
