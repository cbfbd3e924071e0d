package dev.golab.runtime.proc;

/*
 * Go behaviour:    Go pads the scheduler's hottest words apart (runtime2.go: schedt's fields are laid out
 *                  so that nmspinning, npidle and the run-queue lock do not share a cache line with each
 *                  other's writers; p has its own pad). wakep reads them on every ready and newproc.
 * Model:           an int counter alone on its cache line: 64 bytes of padding before and after the value,
 *                  through class inheritance (the JVM lays out a superclass's fields first, so the
 *                  padding cannot be reordered around the value, as JCTools pads its queue indices).
 *                  The operations of AtomicInteger that the scheduler uses, by VarHandle.
 * Invariants:      PI-I1 the value is read and written with volatile semantics (CAS where contended).
 * Differs from Go: none in behaviour; a plain AtomicInteger sat beside the global queue's size and
 *                  its linked queue's head, so every spill or global get slowed every wakep (JFR: wakep's
 *                  first read was half of a 10^6 spawn+join on CONT).
 * See:             Schedt (nmspinning, npidle), GoSpawnBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

@SuppressWarnings("unused")
abstract class PaddedIntPre {
    long p00, p01, p02, p03, p04, p05, p06, p07;
}

@SuppressWarnings("unused")
abstract class PaddedIntValue extends PaddedIntPre {
    volatile int value;
}

@SuppressWarnings("unused")
public final class PaddedInt extends PaddedIntValue {
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(PaddedIntValue.class, "value", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    long q00, q01, q02, q03, q04, q05, q06, q07;

    public int get() {
        return value;
    }

    public void set(int v) {
        value = v;
    }

    public boolean compareAndSet(int expect, int update) {
        return VALUE.compareAndSet(this, expect, update);
    }

    public int incrementAndGet() {
        return (int) VALUE.getAndAdd(this, 1) + 1;
    }

    public int decrementAndGet() {
        return (int) VALUE.getAndAdd(this, -1) - 1;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
