package dev.golab.chan;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-select part of a G in Go's runtime: {@code selectDone} (0 until one waker claims the
 * select; only the CAS winner completes a case) and {@code param} (the winning sudog). The selecting
 * thread itself claims it to cancel the wait when interrupted.
 */
final class SelectState {
    final AtomicInteger selectDone = new AtomicInteger();
    volatile Sudog winner;
}
