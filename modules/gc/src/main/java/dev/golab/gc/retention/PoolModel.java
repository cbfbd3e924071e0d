/*
 * Go behaviour:    sync.Pool (sync/pool.go, Go 1.13+): per-P poolLocal {private, shared}; Get tries
 *                  1 its P's private slot, 2 its shared chain (head), 3 stealing from other Ps' shared
 *                  (tail), 4 the victim cache (same order), 5 New (nil if New is nil). Put fills private,
 *                  else pushes to shared. At every GC, clearpools (run in the STW sweep termination)
 *                  drops the victim cache and moves the primary caches to it: a pooled object survives
 *                  exactly one GC. Objects are not reset and never "closed" when dropped.
 * Model:           1. Java-side deques give the order; the heap mirrors reachability: global allPools
 *                     -> one poolLocal object per P (slots: private, shared...), oldPools -> victim.
 *                  2. clearpools is a Collector cycle hook, so a dropped victim is white in that very
 *                     cycle and its objects are freed by the sweep - the same reachability model as
 *                     every other test.
 * Invariants:      GC-PL1 an object Put before GC n is returned by Get or freed, never both, by GC n+2;
 *                  GC-PL2 every pooled object is reachable from allPools or oldPools.
 * Differs from Go: single-threaded (the real, concurrent Pool is dev.golab.sync.Pool); no pinning;
 *                  mirror() allocates fresh poolLocal objects on every change (model garbage);
 *                  the shared chain is a plain deque.
 * See:             PoolVictimAnswersTest.
 */
package dev.golab.gc.retention;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import java.util.ArrayDeque;
import java.util.function.IntSupplier;

public final class PoolModel {
    public enum Source { PRIVATE, SHARED, STEAL, VICTIM, NEW, NIL }

    private final Collector gc;
    private final Heap heap;
    private final int procs;
    private final IntSupplier newFn;
    private int[] priv, vpriv;
    private ArrayDeque<Integer>[] shared, vshared;
    private final int allPools, oldPools;
    private Source last;

    public PoolModel(Collector gc, int procs, IntSupplier newFn) {
        this.gc = gc;
        this.heap = gc.heap();
        this.procs = procs;
        this.newFn = newFn;
        this.allPools = heap.globals().slot("allPools");
        this.oldPools = heap.globals().slot("oldPools");
        priv = empty();
        vpriv = empty();
        shared = deques();
        vshared = deques();
        mirror();
        gc.onCycleStart(this::clearpools);
    }

    /** pool.Get() on P {@code p}; Heap.NIL when empty and New is nil. */
    public int get(int p) {
        int x;
        if ((x = take(priv, shared, p)) >= 0) { mirror(); return x; }
        if ((x = take(vpriv, vshared, p)) >= 0) { last = Source.VICTIM; mirror(); return x; }
        last = newFn == null ? Source.NIL : Source.NEW;
        return newFn == null ? Heap.NIL : newFn.getAsInt();
    }

    private int take(int[] pv, ArrayDeque<Integer>[] sh, int p) {
        if (pv[p] >= 0) { int x = pv[p]; pv[p] = Heap.NIL; last = Source.PRIVATE; return x; }
        if (!sh[p].isEmpty()) { last = Source.SHARED; return sh[p].pollFirst(); }
        for (int i = 1; i < procs; i++) {
            ArrayDeque<Integer> other = sh[(p + i) % procs];
            if (!other.isEmpty()) { last = Source.STEAL; return other.pollLast(); }
        }
        return Heap.NIL;
    }

    /** pool.Put(x) on P {@code p}. */
    public void put(int p, int x) {
        if (x < 0) return;
        if (priv[p] < 0) priv[p] = x;
        else shared[p].addFirst(x);
        mirror();
    }

    /** Where the last get() found its object. */
    public Source lastSource() { return last; }

    public int pooled() {
        int n = 0;
        for (int p = 0; p < procs; p++) n += (priv[p] >= 0 ? 1 : 0) + shared[p].size() + (vpriv[p] >= 0 ? 1 : 0) + vshared[p].size();
        return n;
    }

    /** runtime's clearpools via poolCleanup: victim <- primary, primary <- empty. */
    private void clearpools() {
        vpriv = priv;
        vshared = shared;
        priv = empty();
        shared = deques();
        mirror();
    }

    /** Rewrites allPools/oldPools on the heap from the Java-side state (barriered writes). */
    private void mirror() {
        gc.writeGlobal(null, allPools, locals(priv, shared));
        gc.writeGlobal(null, oldPools, locals(vpriv, vshared));
    }

    private int locals(int[] pv, ArrayDeque<Integer>[] sh) {
        int arr = gc.allocate(null, -1, 8L * procs, procs);
        for (int p = 0; p < procs; p++) {
            int local = gc.allocate(null, -1, 8L * (1 + sh[p].size()), 1 + sh[p].size());
            gc.write(null, local, 0, pv[p]);
            int i = 1;
            for (int x : sh[p]) gc.write(null, local, i++, x);
            gc.write(null, arr, p, local);
        }
        return arr;
    }

    private int[] empty() {
        int[] a = new int[procs];
        java.util.Arrays.fill(a, Heap.NIL);
        return a;
    }

    @SuppressWarnings("unchecked")
    private ArrayDeque<Integer>[] deques() {
        ArrayDeque<Integer>[] d = new ArrayDeque[procs];
        for (int p = 0; p < procs; p++) d[p] = new ArrayDeque<>();
        return d;
    }
}
