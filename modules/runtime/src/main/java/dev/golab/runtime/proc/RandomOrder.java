package dev.golab.runtime.proc;

/*
 * Go behaviour:    stealWork visits the Ps "in random order" with randomOrder/randomEnum
 *                  (runtime/proc.go, Go 1.23): a random start and a random stride coprime with
 *                  GOMAXPROCS, so one pass visits every P exactly once without allocating a shuffle.
 * Model:           the coprimes of n, computed once; enumerate(r) turns one random int into
 *                  (start, stride) exactly as Go's `start(i)` does: pos = i % n,
 *                  inc = coprimes[i / n % len(coprimes)].
 * Invariants:      PROC-I7 for any r, n consecutive positions visit each of 0..n−1 exactly once.
 * Differs from Go: the random int comes from the caller (ThreadLocalRandom for the real scheduler,
 *                  the seeded Random of the simulator) instead of cheaprand.
 * See:             RunQueuePolicyTest.
 */
import java.util.ArrayList;
import java.util.List;

public final class RandomOrder {
    private final int count;
    private final int[] coprimes;

    public RandomOrder(int count) {
        if (count < 1) throw new IllegalArgumentException("count must be >= 1: " + count);
        this.count = count;
        List<Integer> cs = new ArrayList<>();
        for (int i = 1; i <= count; i++) if (gcd(i, count) == 1) cs.add(i);
        this.coprimes = cs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first position of the pass started by the non-negative random {@code r}. */
    public int start(int r) {
        return Math.floorMod(r, count);
    }

    /** The stride of the pass started by {@code r}. */
    public int stride(int r) {
        return coprimes[Math.floorMod(r / count, coprimes.length)];
    }

    /** The {@code count} positions of one pass, in visiting order. */
    public int[] positions(int r) {
        int[] out = new int[count];
        int pos = start(r), inc = stride(r);
        for (int i = 0; i < count; i++, pos = (pos + inc) % count) out[i] = pos;
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
