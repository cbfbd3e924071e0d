package dev.golab.lab.tour;

import dev.golab.sched.GoScheduler;
import dev.golab.sched.Gomaxprocs;
import dev.golab.sched.sim.LaneChart;
import dev.golab.sched.sim.Scenarios;
import dev.golab.sched.sim.SchedSim;
import dev.golab.sched.sim.SimConfig;
import dev.golab.sched.sim.TraceEvent;
import dev.golab.sched.stack.GoStack;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The scheduler: G-M-P on real virtual threads (GoScheduler) and in the simulator (SchedSim). */
public final class SchedChapter implements Chapter {
    @Override
    public String name() {
        return "sched";
    }

    @Override
    public String title() {
        return "Scheduler: G-M-P, runnext, stealing, syscalls, preemption, stacks";
    }

    @Override
    public void run(TourOut out) throws Exception {
        runnext(out);
        nonPreemption(out);
        asyncPreemption(out);
        syscall(out);
        stacks(out);
        gomaxprocs(out);
    }

    private static void runnext(TourOut out) throws InterruptedException {
        List<String> order = new CopyOnWriteArrayList<>();
        try (GoScheduler s = GoScheduler.create(1)) {
            CountDownLatch done = new CountDownLatch(3);
            s.go(() -> {
                for (String name : List.of("A", "B", "C")) s.go(() -> { order.add(name); done.countDown(); });
            });
            done.await(10, TimeUnit.SECONDS);
            out.behaviour("RT-03.02", "GOMAXPROCS=1: a goroutine runs `go A(); go B(); go C()` and returns. In what order do they run?",
                    "C, A, B — the newest takes runnext, the others wait in the ring in FIFO order",
                    String.join(", ", order) + "  (virtual threads on GoScheduler; " + s.stats().runnextHits() + " runnext hit)",
                    order.equals(List.of("C", "A", "B")));
        }
    }

    private static void nonPreemption(TourOut out) throws InterruptedException {
        try (GoScheduler s = GoScheduler.create(1)) {
            AtomicBoolean other = new AtomicBoolean(), seenDuringLoop = new AtomicBoolean(true), requested = new AtomicBoolean();
            CountDownLatch started = new CountDownLatch(1), done = new CountDownLatch(2);
            s.go(() -> {
                started.countDown();
                long giveUp = System.nanoTime() + Waits.TIMEOUT.toNanos();     // bounded: never spin forever
                while (s.stats().preemptRequests() == 0 && System.nanoTime() < giveUp) Thread.onSpinWait();   // a loop without calls, > 10 ms
                requested.set(s.stats().preemptRequests() > 0);
                seenDuringLoop.set(other.get());
                done.countDown();
            });
            started.await(10, TimeUnit.SECONDS);
            s.go(() -> { other.set(true); done.countDown(); });
            boolean finished = done.await(30, TimeUnit.SECONDS);
            out.knownDifference("RT-03.07", "GOMAXPROCS=1: does a tight loop starve the goroutine queued behind it (real threads)?",
                    "no: since Go 1.14 sysmon preempts it asynchronously after ~10 ms",
                    !finished || !requested.get() ? "sysmon never asked the loop to yield (no preemption request in 10 s)"
                            : seenDuringLoop.get() ? "the other goroutine ran during the loop"
                            : "yes on a virtual thread: the other ran only after the loop gave up its carrier (JEP 444: no time sharing)",
                    finished && requested.get() && !seenDuringLoop.get());
        }
    }

    private static void asyncPreemption(TourOut out) {
        SchedSim go114 = Scenarios.get("preempt").start(SimConfig.of(1, 1)).run(1_000_000_000L);
        SchedSim go113 = Scenarios.get("preempt").start(SimConfig.of(1, 1).withoutAsyncPreemption()).run(1_000_000_000L);
        long t114 = go114.endTime(4) / 1000, t113 = go113.endTime(4) / 1000;
        out.behaviour("RT-03.07", "The same program in the simulator: when does the last queued goroutine finish?",
                "Go 1.14+: after ~10–20 ms (async preemption); Go 1.13: after the 50 ms loop",
                "async preemption: " + t114 + " µs; without: " + t113 + " µs", t114 < 25_000 && t113 > 50_000);
        out.detail(LaneChart.text(go114.segments(), 1, go114.now(), 60));
    }

    private static void syscall(TourOut out) {
        SchedSim sim = Scenarios.get("syscall").start(SimConfig.of(1, 1)).run(1_000_000_000L);
        TraceEvent handoff = sim.trace().stream().filter(e -> e.kind() == TraceEvent.Kind.HANDOFF).findFirst().orElse(null);
        out.behaviour("RT-03.04", "GOMAXPROCS=1: G1 queues 6 goroutines, then blocks 2 ms in a syscall. Do they wait for it?",
                "no: sysmon retakes the P after ≥ 20 µs and hands it to another M (handoffp)",
                handoff == null ? "no handoff" : handoff.detail() + " at " + handoff.time() / 1000 + " µs; Ms: " + sim.threads(),
                handoff != null && sim.threads() >= 2);
        out.detail(LaneChart.text(sim.segments(), 1, sim.now(), 60));
        out.detail("Step through steals, hand-offs, preemptions and netpoll wake-ups at GOMAXPROCS 1, 2 and 4 in a\n"
                + "browser: open docs/views/sched.html, or write your own with ./golab sched --scenario mix --html sched.html");
    }

    private static void stacks(TourOut out) {
        GoStack s = new GoStack();
        StringBuilder sizes = new StringBuilder("2048");
        for (int i = 0; i < 8; i++) {
            long before = s.size();
            s.call(1024);
            if (s.size() != before) sizes.append(" → ").append(s.size());
        }
        out.behaviour("RT-05.02", "A goroutine calls 8 functions with 1 KiB frames. What happens to its stack?",
                "starts at 2 KiB, doubles by copying: 2048 → 4096 → 8192",
                sizes + " (" + s.growths() + " copies, " + s.bytesCopied() + " bytes copied)", sizes.toString().equals("2048 → 4096 → 8192"));
    }

    private static void gomaxprocs(TourOut out) {
        int go125 = Gomaxprocs.defaultFor(8, 100_000, 100_000), automax = Gomaxprocs.automaxprocs(8, 100_000, 100_000);
        out.behaviour("PERF-05.01", "8 CPUs, container limit cpu: 1000m. What is the default GOMAXPROCS?",
                "2 in Go 1.25+ (ceil, minimum 2); automaxprocs would say 1",
                go125 + " (automaxprocs model: " + automax + ")", go125 == 2 && automax == 1);
    }
}
