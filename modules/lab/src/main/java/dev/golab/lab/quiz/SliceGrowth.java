package dev.golab.lab.quiz;

import dev.golab.slices.IntSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** CORE-03.05 / CORE-03.A2: the cap after some appends, computed by the lab's Go 1.23 growslice. */
final class SliceGrowth implements Topic {
    @Override
    public String name() {
        return "slices";
    }

    @Override
    public Round next(RandomGenerator rnd) {
        int len = rnd.nextInt(0, 6);
        int cap = len + rnd.nextInt(0, 4);
        boolean batch = rnd.nextBoolean();
        int n = batch ? rnd.nextInt(2, 3 * cap + 8) : rnd.nextInt(1, 12);
        IntSlice s = cap == 0 && len == 0 && rnd.nextBoolean() ? IntSlice.nil() : IntSlice.make(len, cap);
        String start = s.isNil() ? "var s []int" : "s := make([]int, " + len + ", " + cap + ")";
        List<Integer> caps = new ArrayList<>(List.of(s.cap()));
        String code;
        if (batch) {
            int[] vs = new int[n];
            s = s.append(vs);
            caps.add(s.cap());
            code = start + "\ns = append(s, make([]int, " + n + ")...)   // " + n + " elements at once";
        } else {
            for (int i = 0; i < n; i++) {
                int before = s.cap();
                s = s.append(i);
                if (s.cap() != before) caps.add(s.cap());
            }
            code = start + "\nfor i := 0; i < " + n + "; i++ { s = append(s, i) }";
        }
        int answer = s.cap();
        String trail = caps.stream().map(String::valueOf).reduce((a, b) -> a + " → " + b).orElse("");
        String why = "caps " + trail + ": when append needs more room, newLen > 2×cap gives newLen, else double"
                + " (below 256), then the bytes round up to a malloc size class (Go 1.18+ growslice).";
        return new Round(batch ? "CORE-03.A2" : "CORE-03.05", code + "\nWhat is cap(s)?", String.valueOf(answer),
                p -> Long.valueOf(answer).equals(Topic.number(p)), why);
    }
}
