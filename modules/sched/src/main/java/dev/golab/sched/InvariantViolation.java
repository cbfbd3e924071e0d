package dev.golab.sched;

/** A model invariant broke (a dangling pointer after a copy, a missing frame): a bug in the model, never Go behaviour. */
public final class InvariantViolation extends IllegalStateException {
    public InvariantViolation(String message) {
        super(message);
    }
}
