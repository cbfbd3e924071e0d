package dev.golab.lang.closure;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/*
 * Go behaviour:    spec "For statements" (Go 1.22+): in `for i := 0; cond; post { body }` each
 *                  iteration has its own i; the first is declared by the init statement, each later
 *                  one "is declared implicitly before executing the post statement and initialized
 *                  to the value of the previous iteration's variable at that moment". Range loops
 *                  declare fresh iteration variables per iteration. With a go line < 1.22 one
 *                  variable serves the whole loop and is overwritten each iteration.
 * Model:           three-clause, per iteration (go >= 1.22):
 *                  1. cell := Cell(init)
 *                  2. if !cond(cell) stop; run body(cell) — closures made here capture this cell
 *                  3. cell = Cell(cell.get())  (the copy, before post, carries body writes along)
 *                  4. cell.set(post(cell.get())); go to 2
 *                  per loop (go < 1.22): the same steps without step 3.
 *                  range: per iteration a new Cell per element; per loop one Cell, set per element.
 * Invariants:      LANG-I5 per loop, every closure of the loop sees one Cell (the final value).
 *                  LANG-I6 per iteration, closures of different iterations never share a Cell, and
 *                  closures of one iteration always do.
 *                  LANG-I7 a write in the body is seen by the next iteration's condition under both
 *                  semantics (the copy happens before post).
 * Differs from Go: the loop variable is an int or a list element and the body is a Java lambda; Go's
 *                  compiler only heap-allocates the variable if a closure captures it.
 * See:             ClosureAnswersTest, LoopVarOracleTest.
 */
public final class ForLoop {
    private ForLoop() {}

    /** {@code for i := init; cond(i); i = post(i) { body(i) }} under the given go line. */
    public static void threeClause(GoVersion go, int init, IntPredicate cond, IntUnaryOperator post,
                                   Consumer<Cell<Integer>> body) {
        Cell<Integer> i = Cell.of(init);
        while (cond.test(i.get())) {
            body.accept(i);
            if (go.loopVarPerIteration()) i = Cell.of(i.get());   // step 3: before post (LANG-I7)
            i.set(post.applyAsInt(i.get()));
        }
    }

    /** {@code for i := 0; i < n; i++ { body(i) }}. */
    public static void upTo(GoVersion go, int n, Consumer<Cell<Integer>> body) {
        threeClause(go, 0, i -> i < n, i -> i + 1, body);
    }

    /** {@code for _, v := range xs { body(v) }}. */
    public static <T> void range(GoVersion go, List<T> xs, Consumer<Cell<T>> body) {
        if (xs.isEmpty()) return;
        Cell<T> shared = Cell.of(null);                          // per loop: declared once, zero value
        for (T x : xs) {
            Cell<T> v = go.loopVarPerIteration() ? Cell.of(x) : shared;
            v.set(x);
            body.accept(v);
        }
    }
}
