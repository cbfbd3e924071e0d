package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.sync.WaitGroup;
import dev.golab.sync.race.RaceDetector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CONC-01.03: "share memory by communicating" — a counter owned by one goroutine and fed over a
 * channel has no data race, while the shared-memory version races. Real goroutines and channels run;
 * the observed execution is fed to the lab's vector-clock race detector (dev.golab.sync.race) in the
 * order it happened: a send's release is recorded before the send, a receive's acquire after it returns.
 */
@DisplayName("CONC-01 CSP: the race checker and the owner goroutine")
class CspRaceAnswersTest {
    private static final long OWNER = 2;
    private static final int WORKERS = 3, INCREMENTS = 200;

    @Test
    @DisplayName("CONC-01.03 Q: does the race checker report a race for the CSP counter? (no: only the owner touches count)")
    void cspCounterOwnedByOneGoroutineHasNoRace() throws InterruptedException {
        RaceDetector race = new RaceDetector();
        Chan<Integer> increments = Chan.make();
        Chan<Integer> result = Chan.make();
        record(race, r -> r.go(RaceDetector.MAIN, OWNER));
        Go.go(() -> {
            int count = 0;
            for (int v : increments) {
                record(race, r -> r.acquire(OWNER, increments));           // the receive completed
                count += v;
                record(race, r -> r.write(OWNER, "count", "owner: count += v"));
            }
            record(race, r -> r.release(OWNER, result));
            result.send(count);
        });
        WaitGroup wg = new WaitGroup();
        for (long w = 0; w < WORKERS; w++) {
            long id = OWNER + 1 + w;
            record(race, r -> r.go(RaceDetector.MAIN, id));
            wg.add(1);
            Go.go(() -> {
                for (int i = 0; i < INCREMENTS; i++) {
                    record(race, r -> r.release(id, increments));          // before the send
                    increments.send(1);
                }
                wg.done();
            });
        }
        wg.await();
        increments.close();
        int total = result.recv();
        record(race, r -> r.acquire(RaceDetector.MAIN, result));
        record(race, r -> r.read(RaceDetector.MAIN, "count", "main: print(count)"));

        assertThat(total).isEqualTo(WORKERS * INCREMENTS);
        assertThat(race.races()).isEmpty();
        assertThat(race.report()).isEmpty();
    }

    @Test
    @DisplayName("CONC-01.03 Q: and the shared-memory counter without a lock? (the checker reports WARNING: DATA RACE)")
    void sharedCounterWithoutSynchronisationRaces() {
        RaceDetector race = new RaceDetector();
        for (long w = 0; w < WORKERS; w++) {
            long id = OWNER + 1 + w;
            race.go(RaceDetector.MAIN, id);
        }
        for (long w = 0; w < WORKERS; w++) race.write(OWNER + 1 + w, "count", "worker: count++");
        assertThat(race.races()).isNotEmpty();
        assertThat(race.report()).contains("WARNING: DATA RACE");
    }

    private static void record(RaceDetector race, java.util.function.Consumer<RaceDetector> event) {
        synchronized (race) {                                                // the detector sees one total order
            event.accept(race);
        }
    }
}
