package dev.golab.runtime.cont;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Test support: Gs take turns through park/ready the way a channel hand-off would. A waiter
 * publishes itself in park's unlockf (after it is off-CPU) in its own slot and takes itself back if
 * the turn came meanwhile; whoever passes the turn readies the waiter published in that turn's slot.
 */
final class Turns {
    private volatile int turn;
    private final AtomicReferenceArray<ContG> waiters = new AtomicReferenceArray<>(2);

    Turns(int first) {
        turn = first;
    }

    /** Gives the turn to {@code to} (0 or 1) and readies its waiting G, if any. */
    void pass(int to) {
        turn = to;
        ContG w = waiters.getAndSet(to, null);
        if (w != null) ContRuntime.ready(w);
    }

    /** Parks the current G until it is {@code me}'s turn. */
    void await(int me) {
        while (turn != me) {
            ContG g = ContRuntime.current();
            ContRuntime.park(() -> {
                waiters.set(me, g);
                return !(turn == me && waiters.compareAndSet(me, g, null));   // the turn came: do not park
            });
        }
    }
}
