package dev.golab.chan;

/*
 * Go behaviour:    hchan holds recvq and sendq (each a first/last pair of sudog pointers) and its lock
 *                  in one struct: a hand-off touches them together, on one or two cache lines.
 * Model:           the four queue ends as the channel object's first fields after the lock word
 *                  (offsets 16–31 with compressed oops): HchanChannel extends this class. A WaitQ is a
 *                  view of one pair; it keeps no state of its own.
 * Invariants:      guarded by the channel's lock (RuntimeLock), like every WaitQ operation.
 * Differs from Go: Java cannot embed a struct in an object: superclass fields are the nearest layout.
 *                  Measured (ChanSyncBenchmark.oneWay, HCHAN on VT, alternating forks, 2026-12-07):
 *                  365–386 ns with the lock and the queues as three objects of their own, 321–327 here.
 * See:             WaitQ, RuntimeLock, HchanChannel.
 */
abstract class HchanHead extends RuntimeLock {
    Sudog recvFirst, recvLast, sendFirst, sendLast;
}
