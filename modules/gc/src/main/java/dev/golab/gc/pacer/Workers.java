/*
 * Go behaviour:    startCycle (mgcpacer.go, Go 1.23) plans 25 % of GOMAXPROCS as background mark
 *                  work: dedicated = round(P x 0.25); if that is off by more than 30 % (P <= 3, P = 6)
 *                  it uses one fewer dedicated worker and a fractional worker for the rest.
 * Model:           of(gomaxprocs) computes exactly that.
 * Invariants:      GC-W1 dedicated + fractionalGoal x P is within 0.3 relative error of P/4, or exact.
 * Differs from Go: none in the formula; the scheduler side lives in modules/sched.
 * See:             PacerAnswersTest.
 */
package dev.golab.gc.pacer;

public record Workers(int dedicated, double fractionalGoal) {
    public static Workers of(int gomaxprocs) {
        double total = gomaxprocs * Pacer.BACKGROUND_UTILIZATION;
        int dedicated = (int) (total + 0.5);
        double fractional = 0;
        if (Math.abs(dedicated / total - 1) > 0.3) {
            if (dedicated > total) dedicated--;
            fractional = (total - dedicated) / gomaxprocs;
        }
        return new Workers(dedicated, fractional);
    }
}
