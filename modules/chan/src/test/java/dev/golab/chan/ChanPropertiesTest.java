package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.runtime.GoPanic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CONC-02.04 / CORE-05.08 as a property: random single-goroutine programs over one channel behave
 * exactly like the reference (ArrayDeque + closed flag), step by step. A failing case prints the
 * program in Go syntax. Operations that would block forever are written as Go writes the
 * non-blocking form (select with default), so every program terminates.
 */
class ChanPropertiesTest {
    static final long SEED = Long.getLong("QT_SEED", 20261127L);
    static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    @DisplayName("CONC-02.04 / CORE-05.08 Q: does a channel behave like a FIFO with a closed flag? yes, for random Go programs")
    void randomProgramsMatchTheReferenceModel(Model model) {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(integers().between(0, 4), lists().of(integers().between(0, 399)).ofSizeBetween(0, 60))
                .checkAssert((cap, ops) -> run(model, cap, ops));
    }

    static void run(Model model, int cap, List<Integer> ops) {
        Chan<Integer> ch = model.make(cap);
        ArrayDeque<Integer> ref = new ArrayDeque<>();
        boolean closed = false;
        List<String> program = new ArrayList<>(List.of("ch := make(chan int, " + cap + ")"));
        for (int op : ops) {
            int v = op / 5;
            String got;
            String want;
            switch (op % 5) {
                case 0 -> {                                          // ch <- v (when it cannot block forever)
                    if (closed || ref.size() < cap) {
                        program.add("ch <- " + v);
                        want = closed ? "panic: send on closed channel" : "ok";
                        got = attempt(() -> ch.send(v));
                        if (!closed) ref.add(v);
                    } else {
                        program.add("select { case ch <- " + v + ": default: }");
                        want = "default";
                        got = Select.select(Select.send(ch, v), Select.otherwise(() -> {})) == 1 ? "default" : "sent";
                    }
                }
                case 1 -> {                                          // v, ok := <-ch
                    if (!ref.isEmpty() || closed) {
                        program.add("v, ok := <-ch");
                        want = ref.isEmpty() ? Recv.closed().toString() : new Recv<>(ref.poll(), true).toString();
                        got = ch.recvOk().toString();
                    } else {
                        program.add("select { case v, ok := <-ch: default: }");
                        want = "default";
                        AtomicReference<String> r = new AtomicReference<>("default");
                        Select.select(Select.recvOk(ch, (x, ok) -> r.set(new Recv<>(x, ok).toString())),
                                Select.otherwise(() -> {}));
                        got = r.get();
                    }
                }
                case 2 -> {
                    program.add("close(ch)");
                    want = closed ? "panic: close of closed channel" : "ok";
                    got = attempt(ch::close);
                    closed = true;
                }
                case 3 -> {
                    program.add("len(ch), cap(ch)");
                    want = ref.size() + "," + cap;
                    got = ch.len() + "," + ch.cap();
                }
                default -> {
                    program.add("select { case ch <- " + v + ": default: }");
                    boolean room = ref.size() < cap;
                    want = closed ? "panic: send on closed channel" : room ? "sent" : "default";
                    got = attemptSelectSend(ch, v);
                    if (!closed && room) ref.add(v);
                }
            }
            assertThat(got).as("%s\n// after: %s", String.join("\n", program), program.getLast()).isEqualTo(want);
        }
    }

    static String attempt(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (GoPanic p) {
            return "panic: " + p.getMessage();
        }
    }

    static String attemptSelectSend(Chan<Integer> ch, int v) {
        try {
            return Select.select(Select.send(ch, v), Select.otherwise(() -> {})) == 0 ? "sent" : "default";
        } catch (GoPanic p) {
            return "panic: " + p.getMessage();
        }
    }
}
