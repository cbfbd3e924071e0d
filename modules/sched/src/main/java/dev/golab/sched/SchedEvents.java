package dev.golab.sched;

/*
 * Go behaviour:    `go tool trace` records GoCreate, GoUnblock, GoStart and steals (runtime/trace.go,
 *                  traceEv*; Go 1.23) so a run can be replayed per P.
 * Model:           three JFR events — golab.GoSpawnOrReady (a G queued by a running goroutine: its
 *                  P's runnext), golab.GoGlobalQueue (queued from outside any P), golab.GoSteal
 *                  (a P took half of another P's queue). All are disabled by default; enable with
 *                  -XX:StartFlightRecording:settings=... or `jfr configure golab.GoSteal#enabled=true`.
 * Invariants:      SCHED-I11 when disabled an event costs one isEnabled() check.
 * Differs from Go: spawn and wake-up are one event: execute() cannot tell start() from unpark().
 * See:             GoScheduler.execute, Machine.stealWork.
 */
import jdk.jfr.Category;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

final class SchedEvents {
    private SchedEvents() {}

    @Name("golab.GoSpawnOrReady") @Label("Goroutine queued on runnext") @Category("golab") @Enabled(false)
    static final class Ready extends Event {
        @Label("P") int p;
    }

    @Name("golab.GoGlobalQueue") @Label("Goroutine queued globally") @Category("golab") @Enabled(false)
    static final class Global extends Event {
        @Label("Global queue size") int size;
    }

    @Name("golab.GoSteal") @Label("Work stolen") @Category("golab") @Enabled(false)
    static final class Steal extends Event {
        @Label("Thief P") int thief;
        @Label("Victim P") int victim;
        @Label("Gs taken") int count;
    }

    static void ready(int p) {
        Ready e = new Ready();
        if (e.isEnabled()) {
            e.p = p;
            e.commit();
        }
    }

    static void global(int size) {
        Global e = new Global();
        if (e.isEnabled()) {
            e.size = size;
            e.commit();
        }
    }

    static void steal(int thief, int victim, int count) {
        Steal e = new Steal();
        if (e.isEnabled()) {
            e.thief = thief;
            e.victim = victim;
            e.count = count;
            e.commit();
        }
    }
}
