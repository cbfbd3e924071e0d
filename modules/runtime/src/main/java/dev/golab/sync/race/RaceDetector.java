package dev.golab.sync.race;

/*
 * Go behaviour:    `go run -race` (ThreadSanitizer, Go 1.23) reports two accesses to the same memory,
 *                  at least one a write, from different goroutines with no happens-before order
 *                  between them, as `WARNING: DATA RACE` naming both accesses, their goroutines and
 *                  stacks. Sync operations create the order: `go` (parent before child), Mutex Unlock
 *                  before the next Lock, channel send before the matching receive completes, wg.Done
 *                  before Wait returns, once.Do's f before any Do returns. The detector only sees the
 *                  execution that actually happened: no false positives, but races can be missed.
 * Model:           feed the OBSERVED execution, event by event, in the order it happened:
 *                  1. every goroutine has a VectorClock; each event ticks its own component;
 *                  2. go(parent, child): the child starts with the parent's clock (the `go` edge);
 *                  3. release(g, s): s's clock joins g's (Unlock, send, Done, end of once's f);
 *                     acquire(g, s): g's clock joins s's (Lock, receive, Wait return, Do return);
 *                  4. read/write(g, x, site): compare with every earlier access to x by another
 *                     goroutine; a conflicting one whose clock is not <= g's clock is a race.
 * Invariants:      RD-I1 a pair is reported iff the accesses conflict and neither happens before the
 *                  other in the observed execution (checked against a brute-force closure in tests).
 *                  RD-I2 reports are in detection order, one per racing pair.
 * Differs from Go: TSan keeps 4 shadow cells per 8 bytes and may forget old accesses; this keeps the
 *                  whole history (exact, O(n^2)). Sites are strings, not symbolised stacks. Events are
 *                  fed explicitly (the lab's programs are traces), not by compiler instrumentation.
 * See:             RaceDetectorAnswersTest.
 */
import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class RaceDetector {
    /** Go's main goroutine id. */
    public static final long MAIN = 1;

    /** One memory access with the goroutine's clock right after it. */
    public record Access(long goroutine, String variable, boolean write, String site, VectorClock clock) {
        String describe(boolean previous) {
            String kind = write ? "write" : "read";
            if (previous) kind = "Previous " + kind;
            else kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
            String who = goroutine == MAIN ? "main goroutine" : "goroutine " + goroutine;
            return kind + " at " + variable + " by " + who + ":\n  " + site + "\n";
        }
    }

    /** A racing pair: {@code previous} happened earlier in the observed execution. */
    public record Race(Access previous, Access current) {
        /** Go's report layout. */
        public String report() {
            return "==================\nWARNING: DATA RACE\n" + current.describe(false) + "\n"
                    + previous.describe(true) + "==================\n";
        }
    }

    private final Map<Long, VectorClock> clocks = new HashMap<>();
    private final Map<Object, VectorClock> syncClocks = new HashMap<>();
    private final Map<String, List<Access>> history = new HashMap<>();
    private final List<Race> races = new ArrayList<>();

    public RaceDetector() {
        clocks.put(MAIN, VectorClock.ZERO.tick(MAIN));
    }

    /** {@code go f()} executed by parent, starting child. */
    public void go(long parent, long child) {
        VectorClock p = clock(parent);
        clocks.put(child, p.tick(child));
        clocks.put(parent, p.tick(parent));
    }

    /** Unlock / send / Done / end of once's f: publish g's history through s. */
    public void release(long g, Object s) {
        VectorClock c = clock(g);
        syncClocks.merge(s, c, VectorClock::join);
        clocks.put(g, c.tick(g));
    }

    /** Lock returns / receive completes / Wait returns / Do returns: learn what was released on s. */
    public void acquire(long g, Object s) {
        VectorClock c = clock(g).join(syncClocks.getOrDefault(s, VectorClock.ZERO));
        clocks.put(g, c.tick(g));
    }

    public void read(long g, String variable, String site) {
        access(g, variable, false, site);
    }

    public void write(long g, String variable, String site) {
        access(g, variable, true, site);
    }

    private void access(long g, String variable, boolean write, String site) {
        VectorClock c = clock(g).tick(g);
        clocks.put(g, c);
        Access now = new Access(g, variable, write, site, c);
        List<Access> past = history.computeIfAbsent(variable, k -> new ArrayList<>());
        for (Access p : past) {
            if (p.goroutine() != g && (p.write() || write) && !p.clock().leq(c)) races.add(new Race(p, now));
        }
        past.add(now);
    }

    private VectorClock clock(long g) {
        VectorClock c = clocks.get(g);
        if (c == null) throw new GoPanic("race: goroutine " + g + " was never started with go()");
        return c;
    }

    /** The races found so far, in detection order. */
    public List<Race> races() {
        return List.copyOf(races);
    }

    /** What -race prints (empty when the observed execution is race-free). */
    public String report() {
        StringBuilder out = new StringBuilder();
        for (Race r : races) out.append(r.report());
        if (!races.isEmpty()) out.append("Found ").append(races.size()).append(" data race(s)\n");
        return out.toString();
    }
}
