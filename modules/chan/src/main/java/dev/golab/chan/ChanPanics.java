package dev.golab.chan;

import dev.golab.runtime.RuntimeError;

/**
 * Go's channel panic texts in one place (benchmarks/go/oracle/data/panics.json). All are runtime.plainError
 * values in Go: runtime.Error, without the "runtime error: " prefix.
 */
final class ChanPanics {
    private ChanPanics() {}

    static RuntimeError sendOnClosed() {
        return new RuntimeError("send on closed channel");
    }

    static RuntimeError closeOfClosed() {
        return new RuntimeError("close of closed channel");
    }

    static RuntimeError closeOfNil() {
        return new RuntimeError("close of nil channel");
    }

    static RuntimeError sizeOutOfRange() {
        return new RuntimeError("makechan: size out of range");
    }
}
