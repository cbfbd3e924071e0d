package dev.golab.runtime.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The policy's numbers and pure functions (PROC-I5, I6, I7), each compared with Go's formula. */
class RunQueuePolicyTest {

    @Test
    @DisplayName("RT-03.A1 Q: what are the run-queue constants of Go 1.23? (256 slots, spill 128 + 1, every 61st tick, 4 steal passes)")
    void constantsAreGos() {
        assertThat(RunQueuePolicy.LOCAL_RUNQ_SIZE).isEqualTo(256);
        assertThat(RunQueuePolicy.SPILL).isEqualTo(128);
        assertThat(RunQueuePolicy.GLOBAL_CHECK_INTERVAL).isEqualTo(61);
        assertThat(RunQueuePolicy.STEAL_TRIES).isEqualTo(4);
        assertThat(IntStream.rangeClosed(0, 60).filter(t -> RunQueuePolicy.checkGlobalFirst(t, 61))).containsExactly(0);
    }

    @ParameterizedTest(name = "{0} queued → thief takes {1}")
    @CsvSource({"0,0", "1,1", "2,1", "3,2", "4,2", "5,3", "255,128", "256,128"})
    @DisplayName("RT-03.03 Q: how many Gs does a thief take? (n − n/2, half rounded up)")
    void aThiefTakesHalfRoundedUp(int queued, int taken) {
        assertThat(RunQueuePolicy.stealCount(queued)).isEqualTo(taken);
    }

    @Test
    @DisplayName("RT-03.A1 Q: is the global batch always between 1 and min(size, 128)? (PROC-I6)")
    void globalBatchIsBounded() {
        qt().withFixedSeed(20261127L).withExamples(300)
                .forAll(integers().between(1, 5_000), integers().between(1, 64), integers().between(0, 3))
                .checkAssert((size, procs, max) -> {
                    int n = RunQueuePolicy.globalBatch(size, procs, max);
                    int go = Math.min(size, size / procs + 1);               // proc.go globrunqget, in order
                    if (max > 0 && go > max) go = max;
                    if (go > 128) go = 128;
                    assertThat(n).isEqualTo(go).isBetween(1, Math.min(size, 128));
                });
        assertThat(RunQueuePolicy.globalBatch(0, 4, 0)).isZero();
    }

    @Test
    @DisplayName("RT-03.03 Q: does one steal pass visit every P exactly once? (random start, coprime stride; PROC-I7)")
    void oneStealPassVisitsEveryPOnce() {
        qt().withFixedSeed(20261127L).withExamples(300)
                .forAll(integers().between(1, 64), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((n, r) -> {
                    int[] order = new RandomOrder(n).positions(r);
                    int[] sorted = order.clone();
                    Arrays.sort(sorted);
                    assertThat(sorted).containsExactly(IntStream.range(0, n).toArray());
                });
        assertThatThrownBy(() -> new RandomOrder(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
