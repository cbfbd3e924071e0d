package dev.golab.runtime;

/*
 * Go behaviour:    none: Go's waiter never spins, and its waker always calls goready.
 * Model:           a waiter's own word, on the line its waker writes anyway (hchan's sudog, the
 *                  segment channel's waiter), for Park.parkOnOwnWord: the waiter spins on completed();
 *                  when the spin ends it calls commitPark(), which moves the word from "spinning" to
 *                  "parking". A waker moves the word to "completed" and calls Park.ready(g) only when it
 *                  found "parking". So a waiter caught in its spin is completed on this one object, and
 *                  its Goroutine's line does not cross to the waker's core.
 * Invariants:      the word leaves "spinning" once: by the waker or by commitPark, never both.
 * Differs from Go: a Java difference throughout (see Spin); WaiterWordAnswersTest names it.
 * See:             Park.parkOnOwnWord, dev.golab.chan.Sudog (SD-I5), dev.golab.chan.SegmentWaiter (SG-I3).
 */
public interface SpinWord {
    /** A waker (or close) has completed the wait: the spin's test. */
    boolean completed();

    /** The spin is over: move to "parking". False when a waker completed the wait first. */
    boolean commitPark();
}
