package dev.golab.bench.sched;

import dev.golab.sched.GoScheduler;

/**
 * What runs a benchmark's goroutines — the variable of every benchmark in this package:
 * GO_SCHEDULER (golab's G-M-P Executor for virtual threads, GOMAXPROCS = CPUs), FJP (the JDK's
 * default virtual-thread scheduler, a FIFO ForkJoinPool — the JDK baseline) and PLATFORM (one OS
 * thread per goroutine — the pre-Loom baseline).
 */
public enum Carrier {
    GO_SCHEDULER {
        @Override
        void open() {
            sched = GoScheduler.create(Runtime.getRuntime().availableProcessors());
        }

        @Override
        Thread go(Runnable r) {
            return sched.go(r);
        }

        @Override
        void close() {
            sched.close();
        }
    },
    /** GoScheduler with GOMAXPROCS=1: no second M to wake or to steal runnext — the hand-off floor. */
    GO_SCHEDULER_1P {
        @Override
        void open() {
            sched = GoScheduler.create(1);
        }

        @Override
        Thread go(Runnable r) {
            return sched.go(r);
        }

        @Override
        void close() {
            sched.close();
        }
    },
    FJP {
        @Override
        Thread go(Runnable r) {
            return Thread.ofVirtual().start(r);
        }
    },
    PLATFORM {
        @Override
        Thread go(Runnable r) {
            return Thread.ofPlatform().start(r);
        }
    };

    GoScheduler sched;

    void open() {}

    abstract Thread go(Runnable r);

    void close() {}

    /** The GoScheduler's counters (or "" for the JDK variants), printed after a run. */
    String stats() {
        return sched == null ? "" : sched.stats().toString();
    }
}
