package dev.golab.runtime;

/**
 * The unwinding signal of runtime.Goexit: an Error (not an Exception) so ordinary catch blocks let it
 * pass; Func runs defers on the way up and recover() returns null while it unwinds.
 */
final class Goexit extends Error {
    Goexit() {
        super("runtime.Goexit", null, false, false);
    }
}
