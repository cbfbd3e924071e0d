package dev.golab.runtime.cont;

/*
 * Go behaviour:    the runtime every goroutine of a Go program runs on (proc.go).
 * Model:           the CONT backend of dev.golab.runtime.Backend: Go.go starts a ContG on the shared
 *                  ContRuntime carrying the lab's Goroutine; Park's gopark/goready become
 *                  ContRuntime.park/ready. Go.runtime(CONT) or -Dgolab.runtime=cont selects it; it is
 *                  loaded by name so that dev.golab.runtime does not import this package (no cycle).
 * Invariants:      CONT-I20 the Goroutine's handle is its ContG, set before the G is queued, so
 *                  before it can park or be interrupted (ready and interrupt always find it).
 * Differs from Go: see ContRuntime.
 * See:             BackendAnswersTest, ChanBackendAnswersTest.
 */
import dev.golab.runtime.Backend;
import dev.golab.runtime.Goids;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Unlocker;

public final class ContBackend implements Backend {
    private final ContRuntime rt = ContRuntime.shared();

    @Override
    public long newGoid() {
        ContM m = ContRuntime.currentM();
        return m != null ? m.newGoid() : Goids.next();          // off an M (main, a VT): the shared counter
    }

    @Override
    public Object start(Goroutine g, Runnable f, Entry entry) {
        ContG c = rt.newG(f, g, entry);
        g.handle(c);                                  // CONT-I20: before the G can run, so before it parks
        rt.start(c);
        return c;
    }

    @Override
    public Goroutine current() {
        ContG c = ContRuntime.current();
        return c != null && c.attachment() instanceof Goroutine g ? g : null;
    }

    @Override
    public boolean park(Goroutine g, Unlocker unlock, boolean interruptible) {
        return ContRuntime.park((ContG) g.handle(), unlock, interruptible);
    }

    @Override
    public void ready(Goroutine g) {
        ContRuntime.ready((ContG) g.handle());
    }

    @Override
    public void interrupt(Goroutine g) {
        if (g.handle() instanceof ContG c) ContRuntime.interrupt(c);   // not started: its first park sees the flag
    }

    @Override
    public boolean isWaiting(Goroutine g) {
        return g.handle() instanceof ContG c && c.isWaiting();
    }

    @Override
    public void gosched() {
        ContRuntime.gosched();
    }

    @Override
    public void preemptPoint() {
        ContRuntime.preemptPoint();
    }

    @Override
    public Thread runningOn(Goroutine g) {
        return g.handle() instanceof ContG c ? c.runningOn() : null;
    }

    @Override
    public StackTraceElement[] stackTrace(Goroutine g) {
        return g.handle() instanceof ContG c ? c.stackTrace() : new StackTraceElement[0];
    }
}
