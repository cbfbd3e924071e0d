package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-08 data races")
class DataRaceAnswersTest {

    /** {@code results = append(results, n)}: read the slice header, build a longer one, write it back. */
    static final class RacySlice {
        int[] results = new int[0];                        // the shared slice variable, unsynchronised

        void append(int n) {
            int[] s = results;                             // read
            int[] t = Arrays.copyOf(s, s.length + 1);
            t[s.length] = n;
            results = t;                                   // write: may overwrite a concurrent append
        }
    }

    @Test
    @DisplayName("CONC-08.03 Q: can unsynchronised results = append(results, n) from 10 goroutines lose elements?")
    void unsynchronisedAppendFromTenGoroutinesLosesElementsUnderStress() {
        // Stat: each of 10 goroutines appends 1,000 times (the seed's single append per goroutine
        // almost never overlaps on a JVM); repeat until a loss is seen, at most 20 rounds.
        int rounds = 0, lost = 0;
        while (lost == 0 && rounds < 20) {
            rounds++;
            RacySlice s = new RacySlice();
            WaitGroup wg = new WaitGroup();
            for (int g = 0; g < 10; g++) {
                int base = g * 1_000;
                wg.go(() -> {
                    for (int i = 0; i < 1_000; i++) s.append(base + i);
                });
            }
            wg.await();
            lost = 10_000 - s.results.length;
        }
        System.out.printf("CONC-08.03: lost %d of 10000 appends in round %d%n", lost, rounds);
        assertThat(lost).as("elements lost within %d rounds", rounds).isPositive();
    }

    @Test
    @DisplayName("CONC-08.03 Q: does guarding the append with a Mutex fix it?")
    void appendUnderAMutexLosesNothing() {
        RacySlice s = new RacySlice();
        Mutex mu = new Mutex();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 10; g++) {
            int base = g * 1_000;
            wg.go(() -> {
                for (int i = 0; i < 1_000; i++) {
                    mu.lock();
                    s.append(base + i);
                    mu.unlock();
                }
            });
        }
        wg.await();
        assertThat(s.results).hasSize(10_000).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("CONC-08.04 Q: is writing into a pre-allocated results[n], one index per goroutine, race-free?")
    void oneIndexPerGoroutineIsRaceFreeAndEveryValueIsVisibleAfterWait() {
        int n = 64;
        long[] results = new long[n];                      // plain array: disjoint elements, no race
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < n; i++) {
            int idx = i;
            wg.add(1);
            dev.golab.runtime.Go.go(() -> {
                results[idx] = (long) idx * idx;
                wg.done();                                 // Done happens before Wait returns
            });
        }
        wg.await();
        for (int i = 0; i < n; i++) assertThat(results[i]).isEqualTo((long) i * i);
    }
}
