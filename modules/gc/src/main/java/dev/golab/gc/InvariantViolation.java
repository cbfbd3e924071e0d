/*
 * Go behaviour:    none at runtime: a tri-colour invariant violation in Go is a silent lost object
 *                  (a later crash or corrupted memory). The lab raises it at the step that breaks it.
 * Model:           the message names the invariant and the edge, e.g.
 *                  "strong tricolour invariant violated: black A.f -> white C".
 * Invariants:      GC-IV1 edge() is the offending edge in Go syntax.
 * Differs from Go: a lab diagnostic, not a Go error.
 * See:             Invariants, BarrierScenariosTest.
 */
package dev.golab.gc;

public final class InvariantViolation extends RuntimeException {
    private final Invariants.Kind kind;
    private final String edge;

    public InvariantViolation(Invariants.Kind kind, String edge) {
        super(kind.text + " tricolour invariant violated: " + edge);
        this.kind = kind;
        this.edge = edge;
    }

    public Invariants.Kind kind() { return kind; }

    public String edge() { return edge; }
}
