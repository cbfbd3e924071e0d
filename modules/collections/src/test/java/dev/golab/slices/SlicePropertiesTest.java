package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random append / slice / set / copy programs against a reference model that tracks backing arrays
 * explicitly (RefArray objects, headers as (array, off, len, cap)). Every step is checked; a failure
 * prints the program in Go syntax.
 */
class SlicePropertiesTest {
    private static final int VARS = 4;

    /** The reference's backing array: an explicit object whose identity IS the aliasing relation. */
    private static final class RefArray {
        final Integer[] cells;

        RefArray(int n) {
            cells = new Integer[n];
        }
    }

    private record RefSlice(RefArray arr, int off, int len, int cap) {
        List<Integer> contents() {
            return arr == null ? List.of() : Arrays.asList(Arrays.copyOfRange(arr.cells, off, off + len));
        }
    }

    @Test
    @DisplayName("CORE-03 Q: do append, reslicing, element writes and copy alias exactly like Go's headers over shared arrays?")
    void randomProgramsMatchTheBackingArrayReferenceModel() {
        for (long seed = 1; seed <= 300; seed++) runProgram(seed, 40);
    }

    private static void runProgram(long seed, int steps) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Slice<Integer>> real = new ArrayList<>();
        List<RefSlice> ref = new ArrayList<>();
        for (int i = 0; i < VARS; i++) {
            real.add(Slice.nil());
            ref.add(new RefSlice(null, 0, 0, 0));
        }
        List<String> program = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int d = rnd.nextInt(VARS);
            int s = rnd.nextInt(VARS);
            RefSlice r = ref.get(s);
            Slice<Integer> x = real.get(s);
            switch (rnd.nextInt(5)) {
                case 0, 1 -> {
                    int k = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 12 : 2);
                    Integer[] vs = new Integer[k];
                    for (int i = 0; i < k; i++) vs[i] = rnd.nextInt(100);
                    program.add("s" + d + " = append(s" + s + ", " + Arrays.toString(vs).replaceAll("[\\[\\]]", "") + ")");
                    real.set(d, x.append(vs));
                    ref.set(d, refAppend(r, vs));
                }
                case 2 -> {
                    int hi = rnd.nextInt(r.cap + 1);
                    int lo = rnd.nextInt(hi + 1);
                    if (rnd.nextBoolean()) {
                        program.add("s" + d + " = s" + s + "[" + lo + ":" + hi + "]");
                        real.set(d, x.slice(lo, hi));
                        ref.set(d, r.arr == null ? r : new RefSlice(r.arr, r.off + lo, hi - lo, r.cap - lo));
                    } else {
                        int max = hi + rnd.nextInt(r.cap - hi + 1);
                        program.add("s" + d + " = s" + s + "[" + lo + ":" + hi + ":" + max + "]");
                        real.set(d, x.slice(lo, hi, max));
                        ref.set(d, r.arr == null ? r : new RefSlice(r.arr, r.off + lo, hi - lo, max - lo));
                    }
                }
                case 3 -> {
                    if (r.len == 0) continue;
                    int i = rnd.nextInt(r.len);
                    int v = 1000 + rnd.nextInt(1000);
                    program.add("s" + s + "[" + i + "] = " + v);
                    x.set(i, v);
                    r.arr.cells[r.off + i] = v;
                }
                default -> {
                    RefSlice rd = ref.get(d);
                    program.add("copy(s" + d + ", s" + s + ")");
                    int n = Slice.copy(real.get(d), x);
                    int want = Math.min(rd.len, r.len);
                    if (want > 0) System.arraycopy(r.arr.cells, r.off, rd.arr.cells, rd.off, want); // memmove
                    assertThat(n).isEqualTo(want);
                }
            }
            String prog = String.join("\n", program);
            for (int v = 0; v < VARS; v++) {
                RefSlice rv = ref.get(v);
                Slice<Integer> sv = real.get(v);
                assertThat(sv.toList()).as("seed %d, s%d after:\n%s", seed, v, prog).isEqualTo(rv.contents());
                assertThat(sv.cap()).as("cap(s%d) seed %d after:\n%s", v, seed, prog).isEqualTo(rv.cap);
                assertThat(sv.isNil()).isEqualTo(rv.arr == null);
                for (int w = 0; w < VARS; w++) {
                    boolean shares = rv.arr != null && rv.arr == ref.get(w).arr;
                    assertThat(sv.sharesArrayWith(real.get(w))).as("s%d aliases s%d? seed %d:\n%s", v, w, seed, prog)
                            .isEqualTo(shares);
                }
            }
        }
    }

    private static RefSlice refAppend(RefSlice r, Integer[] vs) {
        int newLen = r.len + vs.length;
        if (newLen <= r.cap) {
            System.arraycopy(vs, 0, r.arr.cells, r.off + r.len, vs.length);
            return new RefSlice(r.arr, r.off, newLen, r.cap);
        }
        int newCap = (int) ReferenceGrowslice.newCap(r.cap, newLen, 8, false);
        RefArray a = new RefArray(newCap);
        if (r.len > 0) System.arraycopy(r.arr.cells, r.off, a.cells, 0, r.len);
        System.arraycopy(vs, 0, a.cells, r.len, vs.length);
        return new RefSlice(a, 0, newLen, newCap);
    }
}
