/*
 * Go behaviour:    the tri-colour abstraction of runtime/mgc.go: white = not yet marked (garbage at
 *                  the end of mark), grey = marked, fields not yet scanned (on a work queue), black =
 *                  marked and scanned. Within one cycle colours only move white -> grey -> black.
 * Model:           one byte per object in Heap; this enum is the readable view.
 * Invariants:      GC-C1 no transition out of black until sweep resets it to white.
 * Differs from Go: Go keeps one mark bit per object plus queue membership; grey is implicit.
 * See:             Heap, Collector.
 */
package dev.golab.gc;

public enum Colour {
    WHITE, GREY, BLACK;

    static final byte W = 0, G = 1, B = 2;

    static Colour of(byte b) {
        return b == W ? WHITE : b == G ? GREY : BLACK;
    }
}
