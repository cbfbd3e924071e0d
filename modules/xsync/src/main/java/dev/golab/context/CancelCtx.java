package dev.golab.context;

/*
 * Go behaviour:    context.go's cancelCtx (Go 1.23): Done() made lazily; the first cancel records err
 *                  and cause, closes Done, cancels every registered child and unregisters itself from
 *                  its parent; later cancels do nothing.
 * Model:           1. propagateCancel(parent, child): a never-done parent (Done() == nil) needs nothing;
 *                     a parent already done cancels the child at once; a parent backed by one of our
 *                     cancelCtx's registers the child in that ancestor's children set; any other parent
 *                     is watched by a goroutine selecting on parent.Done() and child.Done().
 *                  2. cancel(remove, err, cause) under this node's lock: set err/cause, close done (or
 *                     install the shared closed channel if Done() was never asked for), cancel children
 *                     (locks are taken parent → child, never the other way), then — outside the lock —
 *                     remove this node from its parent's set.
 * Invariants:      CC-I1 err/cause written once. CC-I2 a child is in its parent's set iff both are live and
 *                  the child's cancel has not run with remove = true (CONC-04.05 leak probe).
 * Differs from Go: none observable; Java monitors stand in for cancelCtx.mu.
 * See:             ContextAnswersTest, ContextPropertiesTest.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class CancelCtx implements CancelCauseContext, Stringer {
    /** context.go closedchan: the Done() of contexts cancelled before anyone asked for Done(). */
    static final Chan<Void> CLOSED = closedChan();

    final Context parent;
    private Chan<Void> done;
    private Set<CancelCtx> children;
    private ContextError err;
    private Throwable cause;

    CancelCtx(Context parent) {
        this.parent = parent;
    }

    static CancelCtx withCancel(Context parent) {
        CancelCtx c = new CancelCtx(parent);
        propagateCancel(parent, c);
        return c;
    }

    private static Chan<Void> closedChan() {
        Chan<Void> c = Chan.make();
        c.close();
        return c;
    }

    @Override
    public Optional<Instant> deadline() {
        return parent.deadline();
    }

    @Override
    public synchronized Chan<Void> done() {
        if (done == null) done = Chan.make();
        return done;
    }

    /** The done channel if one exists yet (parentCancelCtx's identity check), without creating it. */
    synchronized Chan<Void> doneIfMade() {
        return done;
    }

    @Override
    public synchronized ContextError err() {
        return err;
    }

    synchronized Throwable causeValue() {
        return cause;
    }

    @Override
    public Object value(Object key) {
        return Contexts.value(this, key);
    }

    @Override
    public void cancel(Throwable cause) {
        cancel(true, ContextError.CANCELED, cause);
    }

    @Override
    public synchronized int registeredChildren() {
        return children == null ? 0 : children.size();
    }

    /** cancelCtx.cancel. */
    void cancel(boolean removeFromParent, ContextError e, Throwable c) {
        if (e == null) throw new GoPanic("context: internal error: missing cancel error");
        if (c == null) c = e;
        synchronized (this) {
            if (err != null) return;                           // already canceled: idempotent
            err = e;
            cause = c;
            if (done == null) done = CLOSED;
            else done.close();
            if (children != null) {
                for (CancelCtx child : children) child.cancel(false, e, c);   // parent lock held, as in Go
                children = null;
            }
        }
        if (removeFromParent) removeChild(parent, this);
    }

    /** propagateCancel: arrange for child to be cancelled when parent is. */
    static void propagateCancel(Context parent, CancelCtx child) {
        Chan<Void> pdone = parent.done();
        if (pdone.isNil()) return;                             // parent is never canceled
        if (isClosed(pdone)) {
            child.cancel(false, parent.err(), cause(parent));
            return;
        }
        CancelCtx p = parentCancelCtx(parent);
        if (p != null) {
            boolean cancelNow;
            synchronized (p) {
                cancelNow = p.err != null;
                if (!cancelNow) {
                    if (p.children == null) p.children = new LinkedHashSet<>();
                    p.children.add(child);
                } else {
                    child.cancel(false, p.err, p.cause);
                }
            }
            return;
        }
        // a foreign Context implementation: watch it from a goroutine, as context.go does
        Go.go(() -> Select.select(
                Select.recv(parent.done(), v -> child.cancel(false, parent.err(), cause(parent))),
                Select.recv(child.done(), v -> {})));
    }

    /** parentCancelCtx: the *cancelCtx behind parent, only if parent.Done() is that node's own channel. */
    static CancelCtx parentCancelCtx(Context parent) {
        Chan<Void> d = parent.done();
        if (d == CLOSED || d.isNil()) return null;
        if (!(parent.value(Contexts.CANCEL_CTX_KEY) instanceof CancelCtx p)) return null;
        return p.doneIfMade() == d ? p : null;
    }

    /** removeChild: unregister child from the nearest cancelCtx ancestor. */
    static void removeChild(Context parent, CancelCtx child) {
        CancelCtx p = parentCancelCtx(parent);
        if (p == null) return;
        synchronized (p) {
            if (p.children != null) p.children.remove(child);
        }
    }

    /** context.Cause. */
    static Throwable cause(Context c) {
        if (c.value(Contexts.CANCEL_CTX_KEY) instanceof CancelCtx cc) return cc.causeValue();
        return c.err();
    }

    /** A non-blocking receive check: is ch closed (or holding a value)? */
    static boolean isClosed(Chan<Void> ch) {
        boolean[] ready = {false};
        Select.select(Select.recv(ch, v -> ready[0] = true), Select.otherwise(() -> {}));
        return ready[0];
    }

    /** Snapshot of registered children (for the tree probes in tests). */
    synchronized List<CancelCtx> childrenSnapshot() {
        return children == null ? List.of() : new ArrayList<>(children);
    }

    @Override
    public String string() {
        return Contexts.name(parent) + ".WithCancel";
    }

    @Override
    public String toString() {
        return string();
    }
}
