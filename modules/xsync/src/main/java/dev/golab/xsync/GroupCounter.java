package dev.golab.xsync;

/*
 * Go behaviour:    the sync.WaitGroup inside errgroup.Group: Add before `go`, Done when a task ends,
 *                  Wait until zero; a negative counter panics "sync: negative WaitGroup counter".
 * Model:           a monitor-guarded int; waiters show "sync.WaitGroup.Wait" in a goroutine dump.
 * Invariants:      I1 count >= 0. I2 await returns only when count == 0.
 * Differs from Go: dev.golab.sync.WaitGroup lives on another branch; this is the minimum errgroup needs.
 * See:             ErrGroupAnswersTest.
 */

import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;

final class GroupCounter {
    private int count;

    synchronized void add(int delta) {
        count += delta;
        if (count < 0) throw new GoPanic("sync: negative WaitGroup counter");
        if (count == 0) notifyAll();
    }

    void done() {
        add(-1);
    }

    synchronized void await() {
        if (count == 0) return;
        Goroutine.block(WaitReason.SYNC_WAITGROUP_WAIT, this);
        try {
            boolean interrupted = false;
            while (count != 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        } finally {
            Goroutine.unblock();
        }
    }
}
