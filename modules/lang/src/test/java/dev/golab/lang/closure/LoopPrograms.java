package dev.golab.lang.closure;

import dev.golab.runtime.Go;
import dev.golab.sync.WaitGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The loops of src/test/go/loopvar/main.go, written against the model. Each method is the Go
 * snippet in its comment; the result is printed the way the Go program prints it.
 */
final class LoopPrograms {
    private LoopPrograms() {}

    static String printAll(List<IntSupplier> fs) {
        return fs.stream().map(f -> String.valueOf(f.getAsInt())).collect(Collectors.joining());
    }

    /** for i := 0; i < n; i++ { fs = append(fs, func() int { return i }) } */
    static String threeClause(GoVersion go, int n) {
        List<IntSupplier> fs = new ArrayList<>();
        ForLoop.upTo(go, n, i -> fs.add(i::get));
        return printAll(fs);
    }

    /** for _, v := range xs { fs = append(fs, func() int { return v }) } */
    static String range(GoVersion go, List<Integer> xs) {
        List<IntSupplier> fs = new ArrayList<>();
        ForLoop.range(go, xs, v -> fs.add(v::get));
        return printAll(fs);
    }

    /** for i := 0; i < n; i++ { i := i; fs = append(fs, func() int { return i }) } */
    static String shadowFix(GoVersion go, int n) {
        List<IntSupplier> fs = new ArrayList<>();
        ForLoop.upTo(go, n, i -> {
            Cell<Integer> inner = Cell.of(i.get());                 // i := i declares a new variable
            fs.add(inner::get);
        });
        return printAll(fs);
    }

    /** for i := 0; i < n; i++ { fs = append(fs, func(n int) func() int { return func() int { return n } }(i)) } */
    static String argumentFix(GoVersion go, int n) {
        List<IntSupplier> fs = new ArrayList<>();
        ForLoop.upTo(go, n, i -> fs.add(capture(i.get())));
        return printAll(fs);
    }

    private static IntSupplier capture(int arg) {
        Cell<Integer> param = Cell.of(arg);                          // a parameter is a new variable per call
        return param::get;
    }

    /** for i := 0; i < 6; i++ { seen = append(seen, i); i++ } */
    static List<Integer> bodyWriteCarried(GoVersion go) {
        List<Integer> seen = new ArrayList<>();
        ForLoop.upTo(go, 6, i -> {
            seen.add(i.get());
            i.set(i.get() + 1);
        });
        return seen;
    }

    /** for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }, func() int { i += 10; return i }) } */
    static String sameIterationShared(GoVersion go) {
        List<IntSupplier> fs = new ArrayList<>();
        ForLoop.upTo(go, 3, i -> {
            fs.add(i::get);
            fs.add(() -> {
                i.set(i.get() + 10);
                return i.get();
            });
        });
        return printAll(fs);
    }

    /** for i := 0; i < 3; i++ { go func() { <-start; got = append(got, i) }() }; close(start); wg.Wait() */
    static List<Integer> goroutinesAfterLoop(GoVersion go) {
        WaitGroup start = new WaitGroup();
        start.add(1);
        WaitGroup all = new WaitGroup();
        List<Integer> got = Collections.synchronizedList(new ArrayList<>());
        ForLoop.upTo(go, 3, i -> {
            all.add(1);
            Go.go(() -> {
                try {
                    start.await();                                   // read i only after the loop ended
                    got.add(i.get());
                } finally {
                    all.done();
                }
            });
        });
        start.done();
        all.await();
        List<Integer> sorted = new ArrayList<>(got);
        Collections.sort(sorted);
        return sorted;
    }

    /** Go's fmt form of an []int: [0 2 4]. */
    static String goList(List<Integer> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
    }
}
