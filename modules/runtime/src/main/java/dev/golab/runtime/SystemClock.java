package dev.golab.runtime;

/*
 * Go behaviour:    wall clock + monotonic clock; timers fire from the runtime (no goroutine per timer).
 * Model:           one daemon platform thread ("golab-timers") sleeps until the earliest deadline of a
 *                  TimerHeap, then runs every due action in time order. sleep() parks the goroutine
 *                  with reason "sleep" (a virtual thread releases its carrier).
 * Invariants:      SC-I1 (Clock) no action runs early. SC-I2 one timer thread per JVM, started lazily.
 * Differs from Go: timer precision is the JVM's (LockSupport.parkNanos), not the netpoller's.
 */
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

final class SystemClock implements Clock, TimerHeap.Owner {
    static final SystemClock INSTANCE = new SystemClock();

    private final TimerHeap heap = new TimerHeap(this);
    private volatile Thread timerThread;

    private SystemClock() {}

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public ClockTimer schedule(Duration d, Runnable action) {
        ensureThread();
        return heap.add(TimerHeap.when(System.nanoTime(), d), action);
    }

    @Override
    public void earliestChanged() {
        Thread t = timerThread;
        if (t != null) LockSupport.unpark(t);
    }

    private void ensureThread() {
        if (timerThread != null) return;
        synchronized (this) {
            if (timerThread != null) return;
            timerThread = Thread.ofPlatform().daemon().name("golab-timers").start(this::loop);
        }
    }

    private void loop() {
        while (true) {
            long now = System.nanoTime();
            for (TimerHeap.Entry e; (e = heap.popDue(now)) != null; ) {
                try {
                    e.action.run();
                } catch (Throwable t) {
                    t.printStackTrace();               // an action must not throw; never kill the timer thread
                }
            }
            long next = heap.earliest();
            if (next == Long.MAX_VALUE) LockSupport.park(this);
            else LockSupport.parkNanos(this, next - System.nanoTime());
        }
    }

    @Override
    public String toString() {
        return "SystemClock";
    }
}
