package dev.golab.lab.tour;

import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.fmt.Fmt;
import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashHandler;
import dev.golab.runtime.Frame;
import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Runtime: goroutines, defer/panic/recover and errors — every line computed now on dev.golab.runtime. */
public final class RuntimeChapter implements Chapter {
    @Override
    public String name() {
        return "runtime";
    }

    @Override
    public String title() {
        return "Runtime: goroutines, defer/panic/recover, errors";
    }

    @Override
    public void run(TourOut out) throws Exception {
        deferOrder(out);
        deferArguments(out);
        namedResults(out);
        recoverRules(out);
        panicNil(out);
        goroutineCrash(out);
        numGoroutine(out);
        errorChains(out);
    }

    private static void deferOrder(TourOut out) {
        List<String> order = new ArrayList<>();
        Func.run(f -> {
            for (int i = 1; i <= 3; i++) f.defer(i, n -> order.add("deferred " + n));
            order.add("body end");
        });
        out.behaviour("CORE-06.02", "In what order do deferred calls run?",
                "body end, deferred 3, deferred 2, deferred 1 (LIFO)",
                String.join(", ", order), order.equals(List.of("body end", "deferred 3", "deferred 2", "deferred 1")));
    }

    private static void deferArguments(TourOut out) {
        List<Integer> printed = new ArrayList<>();
        Func.run(f -> {
            int[] x = {10};
            f.defer(x[0], printed::add);                        // defer fmt.Println(x)
            f.defer(() -> printed.add(x[0]));                   // defer func() { fmt.Println(x) }()
            x[0] = 20;
        });
        out.behaviour("CORE-06.03", "x := 10; defer Println(x); defer func(){ Println(x) }(); x = 20 — what prints?",
                "20 (the closure reads x when it runs), then 10 (the argument was evaluated at defer)",
                printed.get(0) + " then " + printed.get(1), printed.equals(List.of(20, 10)));
    }

    private static void namedResults(TourOut out) {
        int r = Func.<Integer>call(f -> {
            f.defer(() -> f.setResult(f.result() * 2));
            return 3;
        });
        out.behaviour("CORE-06.04", "func f() (r int) { defer func() { r *= 2 }(); return 3 } — what does f() return?",
                "6: return sets r, then the deferred closure rewrites it", String.valueOf(r), r == 6);
    }

    private static void recoverRules(TourOut out) {
        List<String> seen = new ArrayList<>();
        for (String how : List.of("directly", "in a helper", "bare defer recover()")) {
            try {
                Func.run(f -> {
                    switch (how) {
                        case "directly" -> f.defer(() -> seen.add("direct recover() = " + f.recover()));
                        case "in a helper" -> f.defer(() -> helper(f, seen));
                        default -> f.defer(f::recover);
                    }
                    throw new GoPanic("p");
                });
            } catch (GoPanic p) {
                seen.add(how + ": escaped to caller: " + p.getMessage());
            }
        }
        List<String> go = List.of("direct recover() = p", "helper recover() = null",
                "in a helper: escaped to caller: p", "bare defer recover(): escaped to caller: p");
        out.behaviour("ERR-03.03", "Where does recover() work — directly in the deferred func, in a helper, as `defer recover()`?",
                String.join("\n", go), String.join("\n", seen), seen.equals(go));
    }

    private static void helper(Frame<Void> f, List<String> seen) {
        seen.add("helper recover() = " + f.recover());
    }

    private static void panicNil(TourOut out) {
        List<Object> seen = new ArrayList<>();
        Func.run(f -> {
            f.defer(() -> seen.add(f.recover()));
            throw new GoPanic(null);
        });
        String got = GoPanic.text(seen.getFirst()) + " (" + seen.getFirst().getClass().getSimpleName() + ")";
        out.behaviour("ERR-03.A2", "What does recover() return after panic(nil) (Go 1.21+)?",
                "panic called with nil argument (*runtime.PanicNilError)", got,
                got.startsWith("panic called with nil argument"));
    }

    private static void goroutineCrash(TourOut out) throws InterruptedException {
        LinkedBlockingQueue<Crash> crashes = new LinkedBlockingQueue<>();
        CrashHandler previous = Go.setCrashHandler(crashes::add);
        try {
            Goroutine g = Go.go(() -> Func.run(f -> {
                f.defer(() -> { Object r = f.recover(); throw new GoPanic("second"); });
                throw new GoPanic("first");
            }));
            Crash c = crashes.poll(Waits.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Waits.ended("the crashed goroutine to end", g);      // so NumGoroutine below counts only ours
            String head = c == null ? "(no crash)" : c.report().lines().limit(4).reduce((a, b) -> a + "\n" + b).orElse("");
            out.behaviour("ERR-03.A1", "A goroutine recovers, then panics again, and nobody recovers that — what does Go print?",
                    "panic: first [recovered]\n\tpanic: second\n\ngoroutine N [running]:   (then exit status 2)",
                    head + "   (crash handler: default exits 2; the tour records it)",
                    c != null && c.report().startsWith("panic: first [recovered]\n\tpanic: second\n\ngoroutine "));
        } finally {
            Go.setCrashHandler(previous);
        }
    }

    private static void numGoroutine(TourOut out) throws InterruptedException {
        int before = Go.numGoroutine();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            Go.go(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        if (!started.await(Waits.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) throw new IllegalStateException("tour: 1,000 goroutines did not start");
        int during = Go.numGoroutine() - before;
        Goroutine sample = Goroutine.live().getLast();
        String dump = sample + (sample.thread() != null ? " on " + sample.thread() : " on a continuation M");
        release.countDown();
        out.behaviour("RT-03", "Start 1,000 goroutines that block — what does runtime.NumGoroutine() grow by?",
                "1000 (each is a 2 KiB-stack G on Go's scheduler)",
                during + " (virtual threads; e.g. " + dump + ")", during == 1000);
    }

    private static void errorChains(TourOut out) {
        GoError notFound = Errors.newError("not found");
        GoError w = Fmt.errorf("getUser(%d): %w", 42, notFound);
        GoError v = Fmt.errorf("getUser(%d): %v", 42, notFound);
        GoError joined = Errors.join(Errors.newError("a"), w);
        String got = Fmt.sprintf("%%w: %v → Is=%t; %%v: Is=%t; Join: Is=%t, Unwrap=%v",
                w, Errors.is(w, notFound), Errors.is(v, notFound), Errors.is(joined, notFound), Errors.unwrap(joined));
        String go = "%w: getUser(42): not found → Is=true; %v: Is=false; Join: Is=true, Unwrap=<nil>";
        out.behaviour("ERR-02", "fmt.Errorf with %w vs %v, and errors.Join — what does errors.Is see?", go, got, got.equals(go));

        // fmt/errors.go: which operands %w wraps (Go's output recorded by benchmarks/go/fmtcases).
        GoError denied = Errors.newError("denied");
        GoError nonError = Fmt.errorf("%w", "five");
        GoError twice = Fmt.errorf("%[1]w %[1]w", notFound);
        GoError swapped = Fmt.errorf("%[2]w %[1]w", notFound, denied);
        String rules = Fmt.sprintf("%q Unwrap()=%v\n%q Unwrap() []error=%v\n%q Unwrap() []error=%v",
                nonError, Errors.unwrap(nonError), twice, twice.unwrapAll(), swapped, swapped.unwrapAll());
        String goRules = "\"%!w(string=five)\" Unwrap()=<nil>\n\"not found not found\" Unwrap() []error=[not found]\n"
                + "\"denied not found\" Unwrap() []error=[not found denied]";
        out.behaviour("ERR-02", "Errorf(\"%w\", \"five\"), the same %w operand twice, %[2]w before %[1]w — what is wrapped?",
                goRules, rules, rules.equals(goRules));
    }
}
