package dev.golab.runtime.cont;

/*
 * Go behaviour:    a G's stack starts at goexit's frame with the function given to `go` on top:
 *                  newproc1 stores fn and its closure in the G itself, so `go f()` allocates a G and
 *                  a stack, nothing per call besides (runtime/proc.go newproc1, gostartcallfn; Go 1.23).
 * Model:           a ContStack is the G's jdk.internal.vm.Continuation. Every stack runs the same shared
 *                  target, ENTRY, which finds its own stack (the mounted continuation) and runs the body:
 *                  through the lab's wrapper (Backend.Entry: registry, defers, crash report) for a lab
 *                  goroutine, bare otherwise. So Go.go allocates no closure binding the goroutine to
 *                  its function: the stack holds both, as Go's G holds fn.
 *                  A stack's frames (dumps, leak reports) leave ENTRY's out, as Go's leave goexit out.
 *                  A pinned yield (native frame, monitor, critical section) is recorded on the G
 *                  instead of thrown: the G then blocks its M like a syscall (ContG, ContM).
 * Invariants:      CONT-I21 ENTRY runs only mounted on its own stack: getCurrentContinuation(SCOPE) is
 *                           the stack whose body it runs (a continuation's target runs inside it).
 * Differs from Go: the continuation grows and shrinks in heap chunks on freeze/thaw; Go copies a
 *                  contiguous stack when it outgrows it.
 * See:             ContG, ContM.execute, BackendAnswersTest.
 */
import dev.golab.runtime.Backend;
import dev.golab.runtime.Goroutine;
import java.util.Arrays;
import jdk.internal.vm.Continuation;

final class ContStack extends Continuation {
    private static final Runnable ENTRY = () -> ((ContStack) getCurrentContinuation(ContG.SCOPE)).enter();

    private final ContG g;
    private final Runnable body;
    private final Backend.Entry entry;        // a lab goroutine: Go's wrapper, one for all; else null

    ContStack(ContG g, Runnable body, Backend.Entry entry) {
        super(ContG.SCOPE, ENTRY);
        this.g = g;
        this.body = body;
        this.entry = entry;
    }

    private void enter() {
        if (entry != null) entry.run((Goroutine) g.attachment(), body);
        else body.run();
    }

    /** The stack's frames, innermost first, without ENTRY's own: Go's traceback hides goexit too. */
    StackTraceElement[] frames() {
        StackTraceElement[] f = getStackTrace();
        int n = f.length;
        while (n > 0 && f[n - 1].getClassName().equals(ContStack.class.getName())) n--;
        return n == f.length ? f : Arrays.copyOf(f, n);
    }

    ContG g() {
        return g;
    }

    @Override
    protected void onPinned(Continuation.Pinned reason) {
        g.pinnedBy = reason;                  // the default throws; a pinned G blocks its M instead (park)
    }
}
