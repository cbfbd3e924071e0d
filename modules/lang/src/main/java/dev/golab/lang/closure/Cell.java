package dev.golab.lang.closure;

/*
 * Go behaviour:    a Go variable is a storage location; a closure (func literal) refers to the
 *                  variables it mentions, not to copies of their values, so it sees every later
 *                  write and its own writes are seen by the enclosing function (spec "Function
 *                  literals": closures "share the variables defined in the surrounding function").
 * Model:           1. a Cell is one variable: get() reads it, set(v) writes it.
 *                  2. a closure is a Java lambda that captures the Cell (the reference), never the value.
 *                  3. declaring a new variable (a Go `i := i`, or a new loop iteration) is a new Cell.
 * Invariants:      LANG-I1 a read returns the latest write to that Cell, whoever wrote it.
 *                  LANG-I2 two Cells never share storage: writing one is invisible through the other.
 * Differs from Go: Java lambdas capture effectively-final values, so by-variable capture needs this
 *                  explicit Cell; the Go compiler decides per variable whether it lives on the heap
 *                  (escape analysis, see RT-02) — here every captured variable is a heap object.
 * See:             ClosureAnswersTest.
 */
public final class Cell<T> {
    private T value;

    private Cell(T value) {
        this.value = value;
    }

    /** {@code x := v}: a new variable holding v. */
    public static <T> Cell<T> of(T value) {
        return new Cell<>(value);
    }

    /** Reads the variable (LANG-I1). */
    public T get() {
        return value;
    }

    /** Writes the variable; every closure holding this Cell sees it. */
    public void set(T value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
