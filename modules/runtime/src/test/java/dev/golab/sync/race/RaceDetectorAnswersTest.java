package dev.golab.sync.race;

import static dev.golab.sync.race.RaceDetector.MAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-08 / RT-04.07 the happens-before race detector")
class RaceDetectorAnswersTest {
    final Object mu = "mu", done = "done", wg = "wg";

    @Test
    @DisplayName("RT-04.07 / CONC-08.01 Q: which versions of `go func(){ x = 1 }(); print(x)` race?")
    void theUnsafeVersionIsFlaggedAndTheChannelAndMutexVersionsAreCleared() {
        RaceDetector unsafe = new RaceDetector();
        unsafe.go(MAIN, 2);
        unsafe.write(2, "x", "main.main.func1() x = 1");
        unsafe.read(MAIN, "x", "main.main() print(x)");
        assertThat(unsafe.races()).hasSize(1);

        RaceDetector chan = new RaceDetector();            // x = 1; close(done) / <-done; print(x)
        chan.go(MAIN, 2);
        chan.write(2, "x", "x = 1");
        chan.release(2, done);
        chan.acquire(MAIN, done);
        chan.read(MAIN, "x", "print(x)");
        assertThat(chan.races()).isEmpty();

        for (boolean writerFirst : new boolean[] {true, false}) {   // both schedules of the mutex version
            RaceDetector mutex = new RaceDetector();
            mutex.go(MAIN, 2);
            if (writerFirst) lockedWrite(mutex);
            mutex.acquire(MAIN, mu);
            mutex.read(MAIN, "x", "print(x)");
            mutex.release(MAIN, mu);
            if (!writerFirst) lockedWrite(mutex);
            assertThat(mutex.races()).as("writer first: %s", writerFirst).isEmpty();
        }
    }

    private void lockedWrite(RaceDetector d) {
        d.acquire(2, mu);
        d.write(2, "x", "x = 1");
        d.release(2, mu);
    }

    @Test
    @DisplayName("CONC-08.05 Q: what does a race report name?")
    void aReportNamesBothAccessesWithGoroutineIdsAndSitesLikeGo() {
        RaceDetector d = new RaceDetector();
        d.go(MAIN, 7);
        d.read(MAIN, "x", "main.main() /tmp/race.go:10");
        d.write(7, "x", "main.main.func1() /tmp/race.go:8");
        assertThat(d.report()).isEqualTo("""
                ==================
                WARNING: DATA RACE
                Write at x by goroutine 7:
                  main.main.func1() /tmp/race.go:8

                Previous read at x by main goroutine:
                  main.main() /tmp/race.go:10
                ==================
                Found 1 data race(s)
                """);
    }

    @Test
    @DisplayName("CONC-08.A1 Q: does a happens-before detector find every race? (only those that happen)")
    void aRaceHiddenByACoincidentalSyncEdgeInThisRunIsMissed() {
        // Program: g2 { x = 1; mu.Lock(); mu.Unlock() }  main { mu.Lock(); mu.Unlock(); print(x) } — racy.
        RaceDetector lucky = new RaceDetector();          // g2's Unlock happened to precede main's Lock
        lucky.go(MAIN, 2);
        lucky.write(2, "x", "x = 1");
        lucky.acquire(2, mu);
        lucky.release(2, mu);
        lucky.acquire(MAIN, mu);
        lucky.release(MAIN, mu);
        lucky.read(MAIN, "x", "print(x)");
        assertThat(lucky.races()).isEmpty();             // missed: not a false negative of the model, of the method

        RaceDetector unlucky = new RaceDetector();        // main locked first: no edge from the write
        unlucky.go(MAIN, 2);
        unlucky.acquire(MAIN, mu);
        unlucky.release(MAIN, mu);
        unlucky.write(2, "x", "x = 1");
        unlucky.acquire(2, mu);
        unlucky.release(2, mu);
        unlucky.read(MAIN, "x", "print(x)");
        assertThat(unlucky.races()).hasSize(1);
    }

    @Test
    @DisplayName("CONC-08.03 Q: does the detector always report unsynchronised `results = append(results, n)` from 10 goroutines?")
    void everyScheduleOfTheRacyAppendIsReportedAndTheReadAfterWaitIsNot() {
        Random rnd = new Random(20261127L);
        for (int schedule = 0; schedule < 50; schedule++) {
            RaceDetector d = new RaceDetector();
            List<Long> gs = new ArrayList<>();
            for (long g = 2; g <= 11; g++) {
                d.go(MAIN, g);
                gs.add(g);
            }
            int[] step = new int[12];                    // 0: read results, 1: write results, 2: wg.Done
            while (!gs.isEmpty()) {
                long g = gs.get(rnd.nextInt(gs.size()));
                switch (step[(int) g]++) {
                    case 0 -> d.read(g, "results", "append: read header");
                    case 1 -> d.write(g, "results", "results = append(results, n)");
                    default -> {
                        d.release(g, wg);
                        gs.remove(g);
                    }
                }
            }
            int before = d.races().size();
            d.acquire(MAIN, wg);                         // wg.Wait()
            d.read(MAIN, "results", "len(results)");
            assertThat(before).as("schedule %d", schedule).isPositive();
            assertThat(d.races()).hasSize(before);       // the read after Wait is ordered after every Done
        }
    }

    @Test
    @DisplayName("CONC-08.01 Q: (prop) does the vector-clock detector flag exactly the unordered conflicting pairs?")
    void vectorClocksFlagExactlyThePairsTheTransitiveClosureLeavesUnordered() {
        qt().withFixedSeed(20261127L).withExamples(300)
                .forAll(lists().of(integers().between(0, 3 * 6 - 1)).ofSizeBetween(1, 30))
                .checkAssert(ops -> {
                    RaceDetector d = new RaceDetector();
                    List<long[]> ev = new ArrayList<>();   // {goroutine, kind, object}; kind 0 read 1 write 2 acquire 3 release 4 go
                    d.go(MAIN, 2);
                    ev.add(new long[] {MAIN, 4, 2});
                    d.go(MAIN, 3);
                    ev.add(new long[] {MAIN, 4, 3});
                    List<String> trace = new ArrayList<>(List.of("go g2", "go g3"));
                    for (int op : ops) {
                        long g = 1 + op % 3;
                        int kind = (op / 3) % 4;
                        int obj = op / 12;             // 0 or 1
                        String site = "e" + ev.size();
                        switch (kind) {
                            case 0 -> d.read(g, "x" + obj, site);
                            case 1 -> d.write(g, "x" + obj, site);
                            case 2 -> d.acquire(g, "mu" + obj);
                            default -> d.release(g, "mu" + obj);
                        }
                        ev.add(new long[] {g, kind, obj});
                        trace.add("g" + g + ": " + List.of("read x", "write x", "lock mu", "unlock mu").get(kind) + obj);
                    }
                    Set<List<Integer>> got = new HashSet<>();
                    for (RaceDetector.Race r : d.races()) {
                        got.add(List.of(Integer.parseInt(r.previous().site().substring(1)),
                                Integer.parseInt(r.current().site().substring(1))));
                    }
                    assertThat(got).as("%s", trace).isEqualTo(bruteForceRaces(ev));
                });
    }

    /** Reference: happens-before = transitive closure of program order, go edges and release->later acquire. */
    static Set<List<Integer>> bruteForceRaces(List<long[]> ev) {
        int n = ev.size();
        boolean[][] hb = new boolean[n][n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                long[] a = ev.get(i), b = ev.get(j);
                boolean programOrder = a[0] == b[0];
                boolean goEdge = a[1] == 4 && a[2] == b[0];
                boolean syncEdge = a[1] == 3 && b[1] == 2 && a[2] == b[2];
                if (programOrder || goEdge || syncEdge) hb[i][j] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (!hb[i][k]) continue;
                for (int j = 0; j < n; j++) if (hb[k][j]) hb[i][j] = true;
            }
        }
        Set<List<Integer>> races = new HashSet<>();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < j; i++) {
                long[] a = ev.get(i), b = ev.get(j);
                boolean access = a[1] <= 1 && b[1] <= 1;
                if (access && a[2] == b[2] && a[0] != b[0] && (a[1] == 1 || b[1] == 1) && !hb[i][j]) {
                    races.add(List.of(i, j));
                }
            }
        }
        return races;
    }
}
