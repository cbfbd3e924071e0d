package dev.golab.xsync;

import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;

/**
 * The sync.WaitGroup inside errgroup.Group: add before `go`, done when a task ends, await until zero.
 * (dev.golab.sync.WaitGroup is built on another branch; this is the minimal counter errgroup needs,
 * with the same wait state "sync.WaitGroup.Wait" and the same negative-counter panic.)
 */
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
