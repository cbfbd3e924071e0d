package dev.golab.sched.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.runtime.GoFatal;
import dev.golab.sched.stack.GoStack;
import dev.golab.sched.stack.SegmentedStack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-05: goroutine stacks — the contiguous, copied stack model. */
class StackAnswersTest {

    @Test
    @DisplayName("RT-05.01 Q: how big is a new goroutine's stack? (2 KiB; an OS thread's is fixed at 1–8 MB)")
    void aGoroutineStartsWith2KiB() {
        assertThat(new GoStack().size()).isEqualTo(2048);
        SchedSim sim = new SchedSim(SimConfig.of(1, 1));
        int g = sim.go(List.of(Op.run(1)));
        assertThat(sim.stackOf(g).size()).isEqualTo(2048);
        assertThat(Thread.ofPlatform().unstarted(() -> {}).getStackTrace()).isEmpty();   // (JVM threads: -Xss, 1 MB default on x64)
    }

    @Test
    @DisplayName("RT-05.02 prop: after any number of growths, does every pointer into the stack still refer to the same slot? (yes: copystack adjusts them)")
    void pointersIntoTheStackSurviveEveryCopy() {
        qt().withFixedSeed(20261127L).withExamples(200)
                .forAll(lists().of(integers().between(8, 20_000)).ofSizeBetween(1, 40))
                .checkAssert(frames -> {
                    GoStack s = new GoStack();
                    List<String> goProgram = new ArrayList<>();
                    for (int i = 0; i < frames.size(); i++) {
                        int f = s.call(frames.get(i));
                        s.store(f, 0, 1000L + i);                          // x := 1000+i
                        goProgram.add("func f" + i + "() { var frame [" + frames.get(i) + "]byte; x := " + (1000 + i) + "; p := &x /* and &x of every caller */ ...");
                        if (frames.get(i) >= 16) s.storePointer(f, 1, 0, 0);   // p := &x0 (a pointer to the first frame)
                        for (int j = 0; j <= i; j++) {
                            assertThat(s.load(j, 0)).as("value of frame %d after %s", j, goProgram).isEqualTo(1000L + j);
                            if (frames.get(j) >= 16) assertThat(s.deref(j, 1)).as("*p in frame %d after %d growths", j, s.growths()).isEqualTo(1000L);
                        }
                    }
                    assertThat(Long.bitCount(s.size())).as("size stays a power of two").isEqualTo(1);
                    assertThat(s.used()).isLessThanOrEqualTo(s.size());
                });
    }

    @Test
    @DisplayName("RT-05.02 Q: what would go wrong without adjusting pointers? (they would dangle into the freed old stack)")
    void withoutAdjustmentAPointerWouldDangle() {
        GoStack s = new GoStack();
        int f = s.call(64);
        s.store(f, 0, 42);
        long oldAddress = s.address(f, 0);
        s.call(4096);                                               // grows: 2K → 8K, copied
        assertThat(s.address(f, 0)).as("the slot moved").isNotEqualTo(oldAddress);
        assertThat(s.growths()).isEqualTo(1);
        assertThat(s.size()).isEqualTo(8192);
    }

    @Test
    @DisplayName("RT-05.03 Q: why did Go drop segmented stacks? (the hot split: a call at a segment boundary in a loop allocates every iteration)")
    void hotSplitAllocatesEveryIterationWhileContiguousGrowsLogarithmically() {
        SegmentedStack seg = new SegmentedStack();
        GoStack contiguous = new GoStack();
        seg.call(8000);                                             // fill the first segment almost exactly
        contiguous.call(8000);
        for (int i = 0; i < 1_000; i++) {                           // for { f() } where f's frame does not fit
            seg.call(512);
            seg.ret();
            contiguous.call(512);
            contiguous.ret();
        }
        assertThat(seg.allocations()).isEqualTo(1 + 1_000);
        assertThat(seg.frees()).isEqualTo(1_000);
        assertThat(contiguous.growths()).as("O(log n): 2K → 8K for the big frame, 8K → 16K once for the loop").isEqualTo(2);
    }

    @Test
    @DisplayName("RT-05.04 Q: do stacks shrink? (GC halves a stack using less than a quarter of it, never below 2 KiB)")
    void gcHalvesASparseStack() {
        GoStack s = new GoStack();
        for (int i = 0; i < 8; i++) s.call(1024);
        assertThat(s.size()).isEqualTo(8192);
        for (int i = 0; i < 8; i++) s.ret();
        s.call(100);
        assertThat(s.shrinkIfSparse()).isTrue();
        assertThat(s.size()).isEqualTo(4096);
        assertThat(s.shrinkIfSparse()).isTrue();
        assertThat(s.size()).isEqualTo(2048);
        assertThat(s.shrinkIfSparse()).as("never below 2 KiB").isFalse();
        // and in the simulator: the "stack" scenario's idle goroutine is shrunk by a GC
        SchedSim sim = Scenarios.get("stack").start(SimConfig.of(1, 1)).run(1_000_000_000L);
        assertThat(sim.trace()).anySatisfy(e -> assertThat(e.kind()).isEqualTo(TraceEvent.Kind.STACK_SHRINK));
        assertThat(sim.trace()).filteredOn(e -> e.kind() == TraceEvent.Kind.STACK_GROW).hasSize(2);   // 8 × 1 KiB: 2K → 4K → 8K
    }

    @Test
    @DisplayName("RT-05.05 Q: what is the maximum stack, and can it be changed? (1 GB on 64-bit; debug.SetMaxStack)")
    void maximumIsOneGigabyteAndSetMaxStackChangesIt() {
        long previous = GoStack.setMaxStack(64 * 1024);
        try {
            assertThat(previous).isEqualTo(1_000_000_000L);
            GoStack s = new GoStack();
            s.call(60_000);
            assertThat(catchThrowableOfType(GoStack.StackOverflow.class, () -> s.call(10_000)).runtimeLine())
                    .isEqualTo("runtime: goroutine stack exceeds 65536-byte limit");
        } finally {
            GoStack.setMaxStack(previous);
        }
    }

    @Test
    @DisplayName("RT-05.06 Q: what happens past the maximum? (\"runtime: goroutine stack exceeds 1000000000-byte limit\", then fatal error: stack overflow — not recoverable)")
    void pastTheMaximumIsAFatalStackOverflow() {
        GoStack s = new GoStack();
        GoStack.StackOverflow e = catchThrowableOfType(GoStack.StackOverflow.class, () -> {
            while (true) s.call(100_000_000);                       // infinite recursion with 100 MB frames
        });
        assertThat(e.runtimeLine()).isEqualTo("runtime: goroutine stack exceeds 1000000000-byte limit");   // panics-meta.json
        assertThat("fatal error: " + e.getMessage()).isEqualTo("fatal error: stack overflow");             // panics.json
        assertThat(e).isInstanceOf(GoFatal.class).as("an Error: recover() cannot catch it").isNotInstanceOf(RuntimeException.class);
        SchedSim sim = new SchedSim(SimConfig.of(1, 1));
        List<Op> recursion = new ArrayList<>();
        for (int i = 0; i < 20; i++) recursion.add(new Op.Call(100_000_000));
        sim.go(recursion);
        sim.run(1_000_000_000L);
        assertThat(sim.fatal()).isInstanceOf(GoStack.StackOverflow.class);
        assertThat(sim.done()).as("a fatal error ends the whole program").isTrue();
    }
}
