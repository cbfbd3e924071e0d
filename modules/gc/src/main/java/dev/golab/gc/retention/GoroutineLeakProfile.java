/*
 * Go behaviour:    a leak in a collected language is unwanted reachability. A goroutine blocked forever
 *                  keeps its stack and everything it references alive (RT-07.01). Go 1.26's
 *                  experimental goroutineleak profile (GA in 1.27) finds such goroutines with the GC:
 *                  it marks from globals and the stacks of runnable goroutines only; a blocked
 *                  goroutine whose channel/mutex is then still unmarked can never be woken: leaked.
 *                  Primitives reachable from globals or runnable locals are missed (false negatives).
 * Model:           1. roots = globals + stacks of RUNNABLE goroutines; mark.
 *                  2. every BLOCKED goroutine whose primitive is marked could be woken: its stack
 *                     becomes a root too; repeat until nothing changes (a fixpoint).
 *                  3. BLOCKED goroutines left over are leaked. (goleak's check on real goroutines is
 *                     testkit's GoLeaks, not here: this is the GC-side profile only.)
 * Invariants:      GC-LK1 a goroutine blocked on a primitive reachable from a runnable goroutine is never
 *                  reported; GC-LK2 reported goroutines' primitives are unreachable from all live roots
 *                  but blocked stacks.
 * Differs from Go: primitives are plain heap objects; no stack-frame liveness (a dead local still counts).
 * See:             LeakAnswersTest.
 */
package dev.golab.gc.retention;

import dev.golab.gc.Heap;
import dev.golab.gc.Root;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

public final class GoroutineLeakProfile {
    private GoroutineLeakProfile() {}

    /** Names of goroutines that are blocked on a primitive no runnable goroutine can reach. */
    public static List<String> leaked(Heap h) {
        List<Root> roots = new ArrayList<>();
        roots.add(h.globals());
        List<Root> blocked = new ArrayList<>();
        for (Root r : h.stacks()) {
            if (r.state() == Root.State.RUNNABLE) roots.add(r);
            else if (r.state() == Root.State.BLOCKED) blocked.add(r);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            BitSet marked = h.reachableFrom(roots);
            for (var it = blocked.iterator(); it.hasNext(); ) {
                Root g = it.next();
                if (g.blockedOn() >= 0 && marked.get(g.blockedOn())) {
                    roots.add(g);
                    it.remove();
                    changed = true;
                }
            }
        }
        return blocked.stream().map(Root::name).toList();
    }
}
